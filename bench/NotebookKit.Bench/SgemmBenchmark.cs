using BenchmarkDotNet.Attributes;
using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Blas;

namespace NotebookKit.Bench;

/// <summary>
/// The matrix product alone, C = A·B in float, through MathNet's API: OpenBLAS (via NotebookKit's provider)
/// against MathNet's managed code. Sizes: the MLP's first layer forward (64×784·784×128) and a square 512.
/// </summary>
[MemoryDiagnoser]
public class SgemmBenchmark
{
    private Matrix<float> a = null!, b = null!, c = null!;

    [Params("64x784x128", "512x512x512")]
    public string Shape { get; set; } = "";

    [Params("OpenBLAS", "managed")]
    public string Backend { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var (m, k, n) = Shape switch
        {
            "64x784x128" => (64, 784, 128),
            _ => (512, 512, 512),
        };
        var random = new Random(1);
        a = Matrix<float>.Build.Dense(m, k, (_, _) => (float)random.NextDouble());
        b = Matrix<float>.Build.Dense(k, n, (_, _) => (float)random.NextDouble());
        c = Matrix<float>.Build.Dense(m, n);
        if (Backend == "managed")
        {
            BlasRuntime.UseManaged();
        }
        else if (!BlasRuntime.UseOpenBlas())
        {
            throw new InvalidOperationException($"OpenBLAS unavailable: {BlasRuntime.ManagedReason}");
        }
    }

    [Benchmark]
    public void Multiply() => a.Multiply(b, c);
}
