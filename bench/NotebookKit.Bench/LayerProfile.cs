using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Activations;
using NotebookKit.Blas;
using NotebookKit.Data;
using NotebookKit.Layers;
using NotebookKit.Optimizers;
using NotebookKit.Training;

namespace NotebookKit.Bench;

/// <summary>
/// Where a training step's time goes: each layer's Forward and Backward on one batch of 64 Fashion-MNIST images,
/// and Adam's step, in this thread's CPU time (steady on a shared machine; with 1 BLAS thread it includes the
/// products), over many repetitions (bash bench/run.sh profile). Also the bytes allocated per step.
/// </summary>
internal static class LayerProfile
{
    public static int Run(TextWriter output, int blasThreads, int steps)
    {
        BlasRuntime.Threads = blasThreads;
        output.WriteLine($"profile: batch 64, {steps} steps, {BlasRuntime.Describe()}");
        var train = FashionMnist.LoadTrain().Take(64);
        Profile(output, "cnn", train.X, steps,
            new Conv2D(8, 3, activation: Activation.ReLU, inputShape: (1, 28, 28)), new MaxPooling2D(2),
            new Conv2D(16, 3, activation: Activation.ReLU), new MaxPooling2D(2), new Flatten(), new Dense(10));
        Profile(output, "mlp", train.X, steps,
            new Dense(128, inputs: 784, activation: Activation.ReLU), new Dense(64, activation: Activation.ReLU), new Dense(10));
        return 0;
    }

    private static void Profile(TextWriter output, string name, Matrix<float> x, int steps, params Layer<float>[] layers)
    {
        var model = new Sequential(layers);
        var adam = new Adam(learningRate: 1e-3);
        var forward = new double[layers.Length];
        var backward = new double[layers.Length];
        double step = 0;
        var gradient = Matrix<float>.Build.Dense(x.RowCount, 10, (i, j) => (i + j) % 10 == 0 ? -0.9f / 64 : 0.1f / 64);
        long allocated = 0;
        for (int s = -steps / 10; s < steps; s++)
        {
            long bytes = GC.GetAllocatedBytesForCurrentThread();
            Matrix<float> a = x;
            for (int l = 0; l < layers.Length; l++)
            {
                double t0 = ThreadCpuClock.Microseconds();
                a = layers[l].Forward(a, training: true);
                if (s >= 0) forward[l] += ThreadCpuClock.Microseconds() - t0;
            }
            Matrix<float> d = gradient;
            for (int l = layers.Length - 1; l >= 0; l--)
            {
                double t0 = ThreadCpuClock.Microseconds();
                d = layers[l].Backward(d);
                if (s >= 0) backward[l] += ThreadCpuClock.Microseconds() - t0;
            }
            double t1 = ThreadCpuClock.Microseconds();
            adam.Step(model.Parameters);
            if (s >= 0)
            {
                step += ThreadCpuClock.Microseconds() - t1;
                allocated += GC.GetAllocatedBytesForCurrentThread() - bytes;
            }
        }
        var invariant = CultureInfo.InvariantCulture;
        output.WriteLine($"\n{name}: CPU µs of this thread per batch of {x.RowCount} (the first layer's Backward also computes dL/dX here, which Fit skips)");
        for (int l = 0; l < layers.Length; l++)
            output.WriteLine(string.Create(invariant, $"  {layers[l].Describe(),-32} forward {forward[l] / steps,8:F1}   backward {backward[l] / steps,8:F1}"));
        double total = forward.Sum() + backward.Sum() + step;
        output.WriteLine(string.Create(invariant, $"  {"Adam step",-32} {step / steps,16:F1}\n  total {total / steps:F1} µs/step, {allocated / steps:N0} bytes allocated per step"));
    }
}
