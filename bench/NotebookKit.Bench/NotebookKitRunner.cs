using System.Diagnostics;
using System.Runtime;
using System.Text.Json;
using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Activations;
using NotebookKit.Blas;
using NotebookKit.Data;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Optimizers;
using NotebookKit.Training;

namespace NotebookKit.Bench;

/// <summary>
/// The NotebookKit contestant, run as `NotebookKit.Bench kit THREADS MODEL` in a fresh process: trains the model with
/// the library's public API, exactly as a lesson would, and prints the same JSON line as the Python peers.
/// </summary>
internal static class NotebookKitRunner
{
    /// <summary>
    /// Workloads timed over all epochs time the whole <c>Fit</c> call (its set-up included); best-epoch workloads
    /// time each epoch through a callback and keep the fastest.
    /// </summary>
    public static int Run(TextWriter output, int blasThreads, Workload workload)
    {
        var (x, y) = Data(workload);
        BlasRuntime.Threads = blasThreads;
        var model = Build(workload.Name);
        var clock = new EpochClock();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var (jitMethods, jitTime) = (JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime());
        var timer = Stopwatch.StartNew();
        var history = model.Fit(x, y, epochs: workload.Epochs, batchSize: workload.BatchSize, seed: 1, callbacks: [clock]);
        timer.Stop();
        // What the JIT compiled during the Fit call (every thread, tier-up included): what ReadyToRun did not cover.
        (jitMethods, jitTime) = (JitInfo.GetCompiledMethodCount() - jitMethods, JitInfo.GetCompilationTime() - jitTime);
        process.Refresh();
        var (seconds, cpuSeconds) = workload.BestEpoch
            ? clock.Epochs.MinBy(e => e.Seconds)
            : (timer.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds);
        output.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["peer"] = "notebookkit",
            ["threads"] = blasThreads,
            ["model"] = workload.Name,
            ["seconds"] = seconds,
            ["cpu_seconds"] = cpuSeconds,
            ["samples"] = workload.TimedSamples,
            ["jit_methods"] = jitMethods,
            ["jit_seconds"] = jitTime.TotalSeconds,
            ["loss"] = history["loss"].Select(l => l.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
            ["epochs"] = clock.Epochs.Select(e => new[] { e.Seconds, e.CpuSeconds }).ToArray(),
            ["blas"] = BlasRuntime.Describe(),
            ["openblas_core"] = SgemmRate.OpenBlasCore(),
            ["environment"] = new[] { "OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE", "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS" }
                .ToDictionary(v => v, v => Environment.GetEnvironmentVariable(v) ?? "(unset)"),
        }));
        return 0;
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

    private static (Matrix<float> X, Matrix<float> Y) Data(Workload workload)
    {
        if (workload.Name == "tiny")
        {
            var binary = Synthetic.Binary(workload.Samples, seed: 42);
            return (binary.X, binary.LabelColumn);
        }
        var train = FashionMnist.LoadTrain().Take(workload.Samples);
        return (train.X, train.Y);
    }
}
