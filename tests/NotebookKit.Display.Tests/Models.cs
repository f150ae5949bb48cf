using NotebookKit.Activations;
using NotebookKit.Data;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Optimizers;
using NotebookKit.Training;

namespace NotebookKit.Display.Tests;

/// <summary>Small seeded models and data the display tests train and draw.</summary>
internal static class Models
{
    public static Sequential TwoFiveOne(int seed = 1)
    {
        var model = new Sequential(
            new Dense(5, inputs: 2, activation: Activation.ReLU),
            new Dense(1, activation: Activation.Sigmoid)) { Seed = seed };
        model.Compile(new Adam(learningRate: 0.05), Loss.BinaryCrossEntropy, [Metric.Accuracy]);
        return model;
    }

    public static Dataset Moons => Synthetic.TwoMoons(count: 64, seed: 3);
}
