using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Blas;

namespace NotebookKit.Bench;

/// <summary>
/// The machine's sgemm rate on the MLP's largest product (64×784 · 784×128, as NotebookKit calls OpenBLAS), the limit
/// an MLP epoch can approach: with 1 thread in this thread's CPU time (steady on a shared machine), with 2 in wall
/// time; best of several bursts. It depends on the OpenBLAS kernel, so the comparison measures it under each core
/// NotebookKit runs with (<c>NotebookKit.Bench sgemm</c> in a child process for "own core").
/// </summary>
internal sealed record SgemmRate(string Core, double GigaflopsOneThread, double GigaflopsTwoThreadsWall)
{
    /// <summary>Floating-point operations (multiply and add counted apart) to train the MLP 784-128-64-10 on one sample:
    /// forward Z = X·W in all three layers, dL/dW in all three, dL/dX in the two upper ones (the first needs none).</summary>
    public const double MlpFlopsPerSample = 2.0 * ((784 * 128 + 128 * 64 + 64 * 10) * 2 + (128 * 64 + 64 * 10));

    private const int Reps = 200;

    public static SgemmRate Measure()
    {
        var random = new Random(1);
        var a = Matrix<float>.Build.Dense(64, 784, (_, _) => (float)random.NextDouble());
        var b = Matrix<float>.Build.Dense(784, 128, (_, _) => (float)random.NextDouble());
        var c = Matrix<float>.Build.Dense(64, 128);
        double flops = 2.0 * 64 * 784 * 128 * Reps;
        double bestCpu = double.MaxValue, bestWall = double.MaxValue;
        BlasRuntime.Threads = 1;
        for (int burst = 0; burst < 8; burst++)
        {
            double t0 = ThreadCpuClock.Microseconds();
            for (int i = 0; i < Reps; i++) a.Multiply(b, c);
            bestCpu = Math.Min(bestCpu, ThreadCpuClock.Microseconds() - t0);
        }
        BlasRuntime.Threads = 2;
        for (int burst = 0; burst < 8; burst++)
        {
            long t0 = Stopwatch.GetTimestamp();
            for (int i = 0; i < Reps; i++) a.Multiply(b, c);
            bestWall = Math.Min(bestWall, Stopwatch.GetElapsedTime(t0).TotalMicroseconds);
        }
        BlasRuntime.Threads = 1;
        return new SgemmRate(OpenBlasCore(), flops / bestCpu / 1e3, flops / bestWall / 1e3);
    }

    /// <summary>The `sgemm` verb: measures in this process and prints one JSON line for the comparison to read.</summary>
    public static int Print(TextWriter output)
    {
        output.WriteLine(JsonSerializer.Serialize(Measure()));
        return 0;
    }

    /// <summary>The OpenBLAS kernel NotebookKit's products run on in this process ("Haswell", "Cooperlake"…), or "managed".</summary>
    public static string OpenBlasCore() =>
        BlasRuntime.IsOpenBlas ? BlasRuntime.Describe().Split("core ")[^1].Split(',')[0] : "managed";

    public static SgemmRate Parse(string json) =>
        JsonSerializer.Deserialize<SgemmRate>(json) ?? throw new InvalidDataException($"not an sgemm rate: {json}");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"sgemm 64×784·784×128 through NotebookKit's OpenBLAS, core {Core}: {GigaflopsOneThread:F0} GFLOP/s on 1 thread (thread CPU time), " +
        $"{GigaflopsTwoThreadsWall:F0} GFLOP/s on 2 threads (wall), best of 8 bursts of {Reps}");
}
