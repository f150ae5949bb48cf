using NotebookKit.Activations;
using NotebookKit.Data;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Optimizers;
using NotebookKit.Training;

namespace NotebookKit.Tests.Training;

/// <summary>The library trains real classifiers on the kit's datasets, with fixed seeds and bounded epochs.</summary>
public class RealDataTrainingTests
{
    [Fact]
    public void Digits_mlp_reaches_95_percent_test_accuracy_in_30_epochs()
    {
        var digits = Digits.Load();
        var (xTrain, yTrain, xTest, yTest) = DataSplit.TrainTest(digits.X, digits.Y, testFraction: 0.25, seed: 7);
        var model = new Sequential(
            new Dense(64, inputs: 64, activation: Activation.ReLU),
            new Dense(10, activation: Activation.Softmax));
        model.Compile(optimizer: new Adam(learningRate: 0.005), loss: Loss.CategoricalCrossEntropy, metrics: [Metric.Accuracy]);
        model.Fit(xTrain, yTrain, epochs: 30, batchSize: 32, seed: 42);
        var result = model.Evaluate(xTest, yTest);
        Assert.True(result["accuracy"] >= 0.95, $"digits test accuracy {result["accuracy"]:P1}");
        var confusion = ConfusionMatrix.Compute(model.Predict(xTest), yTest);
        Assert.Equal(result["accuracy"], confusion.Accuracy, 10);
    }

    [Fact]
    public void Small_cnn_on_2000_fashion_mnist_images_is_far_above_chance()
    {
        var fashion = FashionMnist.LoadTest();
        var (xTrain, yTrain, xTest, yTest) = DataSplit.TrainTest(fashion.X.SubMatrix(0, 2500, 0, 784), fashion.Y.SubMatrix(0, 2500, 0, 10), testFraction: 0.2, seed: 3);
        Assert.Equal(2000, xTrain.RowCount);
        var model = new Sequential(
            new Conv2D(8, 3, activation: Activation.ReLU, inputShape: (1, 28, 28)),
            new MaxPooling2D(2),
            new Conv2D(16, 3, activation: Activation.ReLU),
            new MaxPooling2D(2),
            new Flatten(),
            new Dense(10, activation: Activation.Softmax));
        model.Compile(new Adam(learningRate: 0.002), Loss.CategoricalCrossEntropy, [Metric.Accuracy]);
        var history = model.Fit(xTrain, yTrain, epochs: 4, batchSize: 32, seed: 1);
        var result = model.Evaluate(xTest, yTest);
        // Chance is 10 %; a small CNN on 2,000 images gets well past 60 % within a few epochs.
        Assert.True(result["accuracy"] > 0.6, $"Fashion-MNIST accuracy {result["accuracy"]:P1}; history {history}");
        Assert.True(history["loss"][^1] < history["loss"][0]);
    }
}
