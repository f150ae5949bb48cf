using System.Diagnostics;
using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Activations;
using NotebookKit.Blas;
using NotebookKit.Data;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Optimizers;
using NotebookKit.Training;

namespace NotebookKit.Bench;

/// <summary>Trains the benchmark models with NotebookKit's public API, exactly as a lesson would.</summary>
internal sealed class NotebookKitRunner
{
    private readonly Dictionary<string, (Matrix<float> X, Matrix<float> Y)> data = [];

    public Measurement Run(Workload workload, int blasThreads)
    {
        var (x, y) = Data(workload);
        BlasRuntime.Threads = blasThreads;
        var model = Build(workload.Name);
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var timer = Stopwatch.StartNew();
        model.Fit(x, y, epochs: workload.Epochs, batchSize: workload.BatchSize, seed: 1);
        timer.Stop();
        process.Refresh();
        return new Measurement("NotebookKit", blasThreads.ToString(), workload.Name, timer.Elapsed.TotalSeconds,
            (process.TotalProcessorTime - cpu).TotalSeconds, BlasRuntime.Describe());
    }

    private static Sequential Build(string name)
    {
        var (model, optimizer, loss) = name switch
        {
            "mlp" => (new Sequential(
                    new Dense(128, inputs: 784, activation: Activation.ReLU),
                    new Dense(64, activation: Activation.ReLU),
                    new Dense(10, activation: Activation.Softmax)),
                new Adam(learningRate: 1e-3), Loss.CategoricalCrossEntropy),
            "cnn" => (new Sequential(
                    new Conv2D(8, 3, activation: Activation.ReLU, inputShape: (1, 28, 28)),
                    new MaxPooling2D(2),
                    new Conv2D(16, 3, activation: Activation.ReLU),
                    new MaxPooling2D(2),
                    new Flatten(),
                    new Dense(10, activation: Activation.Softmax)),
                new Adam(learningRate: 1e-3), Loss.CategoricalCrossEntropy),
            "tiny" => (new Sequential(
                    new Dense(5, inputs: 2, activation: Activation.ReLU),
                    new Dense(1, activation: Activation.Sigmoid)),
                new Adam(learningRate: 0.01), Loss.BinaryCrossEntropy),
            _ => throw new ArgumentException($"unknown model '{name}'", nameof(name)),
        };
        model.Compile(optimizer: optimizer, loss: loss);
        return model;
    }

    private (Matrix<float> X, Matrix<float> Y) Data(Workload workload)
    {
        if (!data.TryGetValue(workload.Name, out var xy))
        {
            if (workload.Name == "tiny")
            {
                var binary = Synthetic.Binary(workload.Samples, seed: 42);
                xy = (binary.X, binary.LabelColumn);
            }
            else
            {
                var train = FashionMnist.LoadTrain().Take(workload.Samples);
                xy = (train.X, train.Y);
            }
            data[workload.Name] = xy;
        }
        return xy;
    }
}
