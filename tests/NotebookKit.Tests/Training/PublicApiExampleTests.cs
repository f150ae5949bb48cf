using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Activations;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Optimizers;
using NotebookKit.Training;

namespace NotebookKit.Tests.Training;

public class PublicApiExampleTests
{
    /// <summary>The seeds' random 2-D binary task: label 1 when x₀ + x₁ &gt; 0.</summary>
    private static (Matrix<float> X, Matrix<float> Y) LinearTask(int n, int seed)
    {
        var random = new Random(seed);
        var x = Matrix<float>.Build.Dense(n, 2, (_, _) => (float)(random.NextDouble() * 2 - 1));
        var y = Matrix<float>.Build.Dense(n, 1, (i, _) => x[i, 0] + x[i, 1] > 0 ? 1f : 0f);
        return (x, y);
    }

    [Fact]
    public void Issue_example_compiles_and_learns_a_linear_boundary()
    {
        var (x, y) = LinearTask(1000, seed: 1);
        var (testX, testY) = LinearTask(200, seed: 2);

        var model = new Sequential(
            new Dense(5, inputs: 2, activation: Activation.ReLU),
            new Dense(1, activation: Activation.Sigmoid));
        model.Compile(optimizer: new Adam(learningRate: 0.01), loss: Loss.BinaryCrossEntropy, metrics: [Metric.Accuracy]);
        History history = model.Fit(x, y, epochs: 100, batchSize: 32, seed: 42);
        var result = model.Evaluate(testX, testY);
        Matrix<float> p = model.Predict(testX);

        Assert.Equal(100, history.Epochs);
        Assert.True(history["loss"][^1] < history["loss"][0] / 3, $"loss went {history["loss"][0]} → {history["loss"][^1]}");
        Assert.True(result["accuracy"] > 0.95, $"test accuracy {result["accuracy"]}");
        Assert.True(result.Loss < 0.2, $"test loss {result.Loss}");
        Assert.Equal(200, p.RowCount);
        Assert.Equal(1, p.ColumnCount);
        Assert.All(p.Enumerate(), v => Assert.InRange(v, 0f, 1f));
    }

    [Fact]
    public void Xor_is_solved()
    {
        var x = Matrix<float>.Build.DenseOfArray(new float[,] { { 0, 0 }, { 0, 1 }, { 1, 0 }, { 1, 1 } });
        var y = Matrix<float>.Build.DenseOfArray(new float[,] { { 0 }, { 1 }, { 1 }, { 0 } });
        var model = new Sequential(
            new Dense(8, inputs: 2, activation: Activation.Tanh),
            new Dense(1, activation: Activation.Sigmoid));
        model.Compile(optimizer: new Adam(learningRate: 0.05), loss: Loss.BinaryCrossEntropy, metrics: [Metric.Accuracy]);
        model.Fit(x, y, epochs: 500, batchSize: 4, seed: 3);
        var p = model.Predict(x);
        for (int i = 0; i < 4; i++)
            Assert.True(Math.Abs(p[i, 0] - y[i, 0]) < 0.1f, $"XOR row {i}: predicted {p[i, 0]}, want {y[i, 0]}");
    }
}
