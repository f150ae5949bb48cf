using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Activations;
using NotebookKit.GradientChecking;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Optimizers;
using NotebookKit.Training;

namespace NotebookKit.Tests.GradientChecking;

public class ModelGradientCheckTests
{
    private static GradientCheckResult CheckModel(Sequential<double> model, Loss loss, Matrix<double> x, Matrix<double> y)
    {
        model.Compile(new SGD(), loss);
        return GradientCheck.Check(model, x, y);
    }

    [Fact]
    public void Conv_pool_dense_stack_with_fused_softmax_cross_entropy()
    {
        var model = new Sequential<double>(
            new Conv2D<double>(3, 3, activation: Activation.ReLU, inputShape: (2, 7, 7), weightDecay: 0.01),
            new MaxPooling2D<double>(2),
            new Conv2D<double>(2, 2, padding: Padding.Same, activation: Activation.Tanh),
            new Flatten<double>(),
            new Dense<double>(4, activation: Activation.Softmax, weightDecay: 0.01)) { Seed = 3 };
        var result = CheckModel(model, Loss.CategoricalCrossEntropy, TestData.Uniform(3, 2 * 7 * 7, 1), TestData.OneHot(3, 4, 2));
        Assert.True(result.Passed(1e-6), result.ToString());
        Assert.Equal(model.ParameterCount + 3 * 98, result.Checked);
    }

    [Fact]
    public void Dense_stack_with_fused_sigmoid_binary_cross_entropy_and_dropout()
    {
        var model = new Sequential<double>(
            new Dense<double>(6, inputs: 3, activation: Activation.LeakyReLU),
            new Dropout<double>(0.3),
            new Dense<double>(2, activation: Activation.Sigmoid));
        var result = CheckModel(model, Loss.BinaryCrossEntropy, TestData.Uniform(5, 3, 3), TestData.Uniform(5, 2, 4, 0, 1));
        Assert.True(result.Passed(1e-6), result.ToString());
    }

    [Theory]
    [InlineData("mse")]
    [InlineData("cce-logits")]
    [InlineData("bce-logits")]
    [InlineData("cce-unfused")]
    public void Dense_stack_with_each_loss(string which)
    {
        var (last, loss, y) = which switch
        {
            "mse" => (Activation.Tanh, Loss.MeanSquaredError, TestData.Uniform(4, 3, 5)),
            "cce-logits" => (Activation.Linear, Loss.CategoricalCrossEntropyFromLogits, TestData.OneHot(4, 3, 5)),
            "bce-logits" => (Activation.Linear, Loss.BinaryCrossEntropyFromLogits, TestData.Uniform(4, 3, 5, 0, 1)),
            // Sigmoid outputs with categorical CE do not fuse: the loss gradient goes through σ′.
            _ => (Activation.Sigmoid, Loss.CategoricalCrossEntropy, TestData.OneHot(4, 3, 5)),
        };
        var model = new Sequential<double>(
            new Dense<double>(5, inputs: 4, activation: Activation.Sigmoid, weightDecay: 0.05),
            new Dense<double>(3, activation: last));
        var result = CheckModel(model, loss, TestData.Uniform(4, 4, 6), y);
        Assert.True(result.Passed(1e-6), result.ToString());
    }

    [Fact]
    public void A_wrong_gradient_is_caught()
    {
        var model = new Sequential<double>(new Dense<double>(2, inputs: 2, activation: Activation.Sigmoid));
        model.Compile(new SGD(), Loss.MeanSquaredError);
        // A loss whose gradient is off by a factor of 2 must fail the check: proof the check can fail.
        var result = GradientCheck.Check(new HalfGradientLoss(), TestData.Uniform(3, 2, 1), TestData.Uniform(3, 2, 2));
        Assert.False(result.Passed(1e-6), result.ToString());
        Assert.InRange(result.MaxRelativeError, 0.4, 0.6);
    }

    private sealed class HalfGradientLoss() : Loss(false)
    {
        public override string Name => "broken";

        protected override double ComputeCore<T>(T[] yhat, T[] y, int n, int k) =>
            yhat.Zip(y, (a, b) => double.CreateTruncating((a - b) * (a - b))).Sum() / (n * k);

        protected override void GradientCore<T>(T[] yhat, T[] y, T[] gradient, int n, int k)
        {
            for (int i = 0; i < yhat.Length; i++) gradient[i] = (yhat[i] - y[i]) / T.CreateTruncating(n * k);
        }
    }
}
