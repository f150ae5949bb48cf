using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Activations;
using NotebookKit.GradientChecking;
using NotebookKit.Losses;

namespace NotebookKit.Tests.Losses;

public class LossTests
{
    public static TheoryData<string> Names() =>
        ["mse", "bce", "bce-logits", "cce", "cce-logits"];

    /// <summary>A loss with predictions in its valid range and matching targets.</summary>
    private static (Loss Loss, Matrix<double> Predictions, Matrix<double> Targets) Setup(string name) => name switch
    {
        "mse" => (Loss.MeanSquaredError, TestData.Uniform(4, 3, 1), TestData.Uniform(4, 3, 2)),
        "bce" => (Loss.BinaryCrossEntropy, TestData.Uniform(4, 2, 1, 0.05, 0.95), TestData.Uniform(4, 2, 2, 0, 1)),
        "bce-logits" => (Loss.BinaryCrossEntropyFromLogits, TestData.Uniform(4, 2, 1, -4, 4), TestData.Uniform(4, 2, 2, 0, 1)),
        "cce" => (Loss.CategoricalCrossEntropy, Activation.Softmax.Apply(TestData.Uniform(4, 3, 1, -2, 2)), TestData.OneHot(4, 3, 2)),
        "cce-logits" => (Loss.CategoricalCrossEntropyFromLogits, TestData.Uniform(4, 3, 1, -4, 4), TestData.OneHot(4, 3, 2)),
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Gradient_matches_finite_differences(string name)
    {
        var (loss, p, y) = Setup(name);
        var result = GradientCheck.Check(loss, p, y);
        Assert.True(result.Passed(1e-6), result.ToString());
    }

    [Fact]
    public void Known_values()
    {
        var yhat = Matrix<double>.Build.DenseOfArray(new[,] { { 0.8 }, { 0.4 } });
        var y = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0 }, { 0.0 } });
        // MSE = ((0.8−1)² + (0.4−0)²)/2 = (0.04 + 0.16)/2
        Assert.Equal(0.1, Loss.MeanSquaredError.Compute(yhat, y), 12);
        // BCE = −(log 0.8 + log 0.6)/2
        Assert.Equal(-(Math.Log(0.8) + Math.Log(0.6)) / 2, Loss.BinaryCrossEntropy.Compute(yhat, y), 12);
        // CCE of one row (0.7, 0.2, 0.1) with class 0 = −log 0.7
        var p3 = Matrix<double>.Build.DenseOfArray(new[,] { { 0.7, 0.2, 0.1 } });
        var y3 = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 0, 0 } });
        Assert.Equal(-Math.Log(0.7), Loss.CategoricalCrossEntropy.Compute(p3, y3), 12);
    }

    [Fact]
    public void From_logits_equals_from_probabilities_where_both_are_exact()
    {
        var z = TestData.Uniform(5, 4, 3, -3, 3);
        var y = TestData.OneHot(5, 4, 4);
        Assert.Equal(Loss.CategoricalCrossEntropy.Compute(Activation.Softmax.Apply(z), y), Loss.CategoricalCrossEntropyFromLogits.Compute(z, y), 10);
        var yb = TestData.Uniform(5, 4, 5, 0, 1);
        Assert.Equal(Loss.BinaryCrossEntropy.Compute(Activation.Sigmoid.Apply(z), yb), Loss.BinaryCrossEntropyFromLogits.Compute(z, yb), 10);
    }

    [Fact]
    public void Logit_losses_stay_finite_for_huge_logits()
    {
        var z = Matrix<float>.Build.DenseOfArray(new float[,] { { 500, -500 }, { -500, 500 } });
        var y = Matrix<float>.Build.DenseOfArray(new float[,] { { 0, 1 }, { 1, 0 } });
        double cce = Loss.CategoricalCrossEntropyFromLogits.Compute(z, y);
        double bce = Loss.BinaryCrossEntropyFromLogits.Compute(z, y);
        Assert.Equal(1000, cce, 3);
        Assert.Equal(500, bce, 3);
        var g = Matrix<float>.Build.Dense(2, 2);
        Loss.CategoricalCrossEntropyFromLogits.Gradient(z, y, g);
        Assert.All(g.Enumerate(), v => Assert.True(float.IsFinite(v)));
    }

    [Fact]
    public void Probability_losses_clip_instead_of_returning_infinity()
    {
        var p = Matrix<float>.Build.DenseOfArray(new float[,] { { 0f, 1f } });
        var y = Matrix<float>.Build.DenseOfArray(new float[,] { { 1f, 0f } });
        Assert.True(double.IsFinite(Loss.BinaryCrossEntropy.Compute(p, y)));
        Assert.True(double.IsFinite(Loss.CategoricalCrossEntropy.Compute(p, y)));
    }

    [Fact]
    public void Binary_cross_entropy_rejects_labels_outside_zero_one()
    {
        var y = Matrix<float>.Build.DenseOfArray(new float[,] { { 0 }, { 2 } });
        var e = Assert.Throws<ArgumentException>(() => Loss.BinaryCrossEntropy.ValidateTargets(y, "y"));
        Assert.Contains("[0, 1]", e.Message);
        Assert.Contains("row 1", e.Message);
        Assert.Equal("y", e.ParamName);
    }

    [Fact]
    public void Shape_mismatch_names_both_shapes()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            Loss.MeanSquaredError.Compute(Matrix<float>.Build.Dense(3, 2), Matrix<float>.Build.Dense(3, 1)));
        Assert.Contains("3×2", e.Message);
        Assert.Contains("3×1", e.Message);
    }
}
