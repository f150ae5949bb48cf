using NotebookKit.Activations;
using NotebookKit.Data;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Optimizers;
using NotebookKit.Training;

namespace NotebookKit.Tests.Data;

/// <summary>The library learns real data: the shipped digits and Fashion-MNIST, with fixed seeds.</summary>
public sealed class TrainingOnDataTests
{
    [Fact]
    public void Digits_mlp_reaches_95_percent_test_accuracy_in_30_epochs()
    {
        var (train, test) = Digits.Load().Split(testFraction: 0.2, seed: 42);
        var model = new Sequential(
            new Dense(128, inputs: 64, activation: Activation.ReLU),
            new Dense(10, activation: Activation.Softmax));
        model.Compile(optimizer: new Adam(learningRate: 0.005), loss: Loss.CategoricalCrossEntropy, metrics: [Metric.Accuracy]);

        model.Fit(train.X, train.Y, epochs: 30, batchSize: 32, seed: 42);
        var result = model.Evaluate(test.X, test.Y);

        Assert.True(result["accuracy"] >= 0.95, $"digits test accuracy {result["accuracy"]:P1} (loss {result.Loss:F3})");
        var predicted = OneHot.Decode(model.Predict(test.X));
        Assert.Equal(result["accuracy"], predicted.Zip(test.Labels).Count(p => p.First == p.Second) / (double)test.Count, 6);
    }
}
