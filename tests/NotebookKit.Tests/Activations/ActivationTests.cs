using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Activations;
using NotebookKit.GradientChecking;

namespace NotebookKit.Tests.Activations;

public class ActivationTests
{
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var a in Activation.All) data.Add(a.Name);
        data.Add("LeakyReLU(α=0.2)");
        return data;
    }

    private static Activation ByName(string name) =>
        name == "LeakyReLU(α=0.2)" ? new LeakyReLU(0.2) : Activation.All.Single(a => a.Name == name);

    [Theory]
    [MemberData(nameof(Names))]
    public void Backward_matches_finite_differences(string name)
    {
        var result = GradientCheck.Check(ByName(name), TestData.Uniform(4, 5, seed: 1, low: -3, high: 3));
        Assert.True(result.Passed(1e-6), result.ToString());
        Assert.Equal(20, result.Checked);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Scalar_derivative_matches_finite_differences(string name)
    {
        var f = ByName(name);
        foreach (double z in new[] { -2.5, -0.7, 0.3, 1.9 })
        {
            double numeric = (f.Apply(z + 1e-6) - f.Apply(z - 1e-6)) / 2e-6;
            Assert.Equal(numeric, f.Derivative(z), 6);
        }
    }

    // Softmax is not elementwise (each output depends on its whole row), so it is not in this set; the row-wise
    // test below checks it against its own definition.
    public static TheoryData<string> ElementwiseNames()
    {
        var data = new TheoryData<string>();
        foreach (var a in Activation.All.OfType<ElementwiseActivation>()) data.Add(a.Name);
        data.Add("LeakyReLU(α=0.2)");
        return data;
    }

    [Fact]
    public void Every_activation_but_softmax_is_elementwise()
    {
        Assert.Equal(["Softmax"], Activation.All.Where(a => a is not ElementwiseActivation).Select(a => a.Name));
    }

    [Theory]
    [MemberData(nameof(ElementwiseNames))]
    public void Matrix_forward_agrees_with_scalar_apply_for_elementwise_ones(string name)
    {
        var f = ByName(name);
        var z = TestData.Uniform(3, 4, seed: 2, low: -3, high: 3);
        var a = f.Apply(z);
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 4; j++)
                Assert.Equal(f.Apply(z[i, j]), a[i, j], 12);
    }

    [Fact]
    public void Softmax_matrix_forward_is_exp_over_row_sum()
    {
        var z = TestData.Uniform(3, 4, seed: 2, low: -3, high: 3);
        var a = Activation.Softmax.Apply(z);
        for (int i = 0; i < 3; i++)
        {
            double sum = 0;
            for (int j = 0; j < 4; j++) sum += Math.Exp(z[i, j]);
            for (int j = 0; j < 4; j++)
                Assert.Equal(Math.Exp(z[i, j]) / sum, a[i, j], 12);
        }
    }

    [Fact]
    public void Softmax_rows_are_probabilities_even_for_huge_logits()
    {
        var z = Matrix<float>.Build.DenseOfArray(new float[,] { { 1000, 1001, 999 }, { -1000, 0, 1000 } });
        var a = Activation.Softmax.Apply(z);
        for (int i = 0; i < 2; i++)
        {
            Assert.All(a.Row(i), p => Assert.True(float.IsFinite(p) && p >= 0 && p <= 1));
            Assert.Equal(1f, a.Row(i).Sum(), 5);
        }
        // e^1 / (e^0 + e^1 + e^−1) for the first row's middle entry
        Assert.Equal(Math.E / (1 + Math.E + 1 / Math.E), a[0, 1], 5);
    }

    [Fact]
    public void Sigmoid_is_finite_at_extremes()
    {
        var a = Activation.Sigmoid.Apply(Matrix<float>.Build.DenseOfArray(new float[,] { { -1000, 1000, 0 } }));
        Assert.Equal(0f, a[0, 0]);
        Assert.Equal(1f, a[0, 1]);
        Assert.Equal(0.5f, a[0, 2]);
    }

    [Fact]
    public void Leaky_relu_rejects_a_bad_alpha()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new LeakyReLU(1.5));
        Assert.Contains("alpha", e.Message);
    }
}
