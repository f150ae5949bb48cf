using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Providers.LinearAlgebra;
using NotebookKit.Blas;

namespace NotebookKit.Tests.Blas;

[Collection(BlasCollection.Name)]
public sealed class OpenBlasProductTests : IDisposable
{
    public OpenBlasProductTests()
    {
        Assert.True(BlasRuntime.UseOpenBlas(), $"libopenblas.so.0 must be installed for these tests: {BlasRuntime.ManagedReason}");
    }

    // Leave the process with the backend its environment asks for.
    public void Dispose() => BlasRuntime.Install(Environment.GetEnvironmentVariable(BlasRuntime.EnvironmentVariable));

    // Odd, non-square shapes catch a swapped m/n/k or a wrong leading dimension; the last is the MLP's first layer.
    public static TheoryData<int, int, int> Shapes => new()
    {
        { 1, 1, 1 }, { 3, 5, 7 }, { 17, 31, 13 }, { 33, 1, 65 }, { 1, 97, 3 }, { 64, 784, 128 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Float_products_match_the_triple_loop_in_every_transpose_form(int m, int k, int n)
    {
        var random = new Random(m * 1000 + k * 10 + n);
        var a = Matrix<float>.Build.Dense(m, k, (_, _) => (float)(random.NextDouble() * 2 - 1));
        var b = Matrix<float>.Build.Dense(k, n, (_, _) => (float)(random.NextDouble() * 2 - 1));
        var aT = a.Transpose();
        var bT = b.Transpose();
        var expected = NaiveProduct.Of(a, b);
        // float rounding grows with the length of each dot product
        double tolerance = 1e-6 * Math.Max(k, 10);

        NaiveProduct.AssertClose(expected, a * b, tolerance);
        var result = Matrix<float>.Build.Dense(m, n);
        a.Multiply(b, result);
        NaiveProduct.AssertClose(expected, result, tolerance);
        aT.TransposeThisAndMultiply(b, result);
        NaiveProduct.AssertClose(expected, result, tolerance);
        a.TransposeAndMultiply(bT, result);
        NaiveProduct.AssertClose(expected, result, tolerance);
        NaiveProduct.AssertClose(NaiveProduct.Of(aT, bT, transposeA: true, transposeB: true), aT.TransposeThisAndMultiply(bT.Transpose()), tolerance);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Double_products_match_the_triple_loop_in_every_transpose_form(int m, int k, int n)
    {
        var random = new Random(m + k * 7 + n * 131);
        var a = Matrix<double>.Build.Dense(m, k, (_, _) => random.NextDouble() * 2 - 1);
        var b = Matrix<double>.Build.Dense(k, n, (_, _) => random.NextDouble() * 2 - 1);
        var expected = NaiveProduct.Of(a, b);
        const double tolerance = 1e-12;

        NaiveProduct.AssertClose(expected, a * b, tolerance);
        var result = Matrix<double>.Build.Dense(m, n);
        a.Transpose().TransposeThisAndMultiply(b, result);
        NaiveProduct.AssertClose(expected, result, tolerance);
        a.TransposeAndMultiply(b.Transpose(), result);
        NaiveProduct.AssertClose(expected, result, tolerance);
    }

    [Fact]
    public void Multiply_and_both_transposed_forms_reach_OpenBLAS_for_float()
    {
        var a = Matrix<float>.Build.Dense(64, 784, (i, j) => (i + j) % 3);
        var w = Matrix<float>.Build.Dense(784, 128, (i, j) => (i * j) % 5);
        var dz = Matrix<float>.Build.Dense(64, 128, (i, j) => (i - j) % 4);
        var z = Matrix<float>.Build.Dense(64, 128);
        var dw = Matrix<float>.Build.Dense(784, 128);
        var dx = Matrix<float>.Build.Dense(64, 784);

        long before = OpenBlasProvider.NativeCalls;
        a.Multiply(w, z);                    // Z  = X·W
        Assert.Equal(before + 1, OpenBlasProvider.NativeCalls);
        a.TransposeThisAndMultiply(dz, dw);  // dW = Xᵀ·dZ
        Assert.Equal(before + 2, OpenBlasProvider.NativeCalls);
        dz.TransposeAndMultiply(w, dx);      // dX = dZ·Wᵀ
        Assert.Equal(before + 3, OpenBlasProvider.NativeCalls);
    }

    [Fact]
    public void Tiny_products_stay_managed_and_are_still_right()
    {
        var x = Matrix<float>.Build.Dense(32, 2, (i, j) => i - j);
        var w = Matrix<float>.Build.Dense(2, 5, (i, j) => i + 2 * j);
        long before = OpenBlasProvider.NativeCalls;
        var z = x * w;
        Assert.Equal(before, OpenBlasProvider.NativeCalls);
        NaiveProduct.AssertClose(NaiveProduct.Of(x, w), z, 0);
    }

    [Fact]
    public void Update_form_accumulates_alpha_times_product_plus_beta_times_C()
    {
        var random = new Random(5);
        var a = Matrix<float>.Build.Dense(20, 30, (_, _) => (float)random.NextDouble());
        var b = Matrix<float>.Build.Dense(30, 25, (_, _) => (float)random.NextDouble());
        var c = Matrix<float>.Build.Dense(20, 25, (_, _) => (float)random.NextDouble());
        var product = NaiveProduct.Of(a, b);
        var expected = new double[20, 25];
        for (int i = 0; i < 20; i++)
        {
            for (int j = 0; j < 25; j++)
            {
                expected[i, j] = 0.5 * product[i, j] + 2.0 * c[i, j];
            }
        }
        var values = c.AsColumnMajorArray()!;
        LinearAlgebraControl.Provider.MatrixMultiplyWithUpdate(Transpose.DontTranspose, Transpose.DontTranspose, 0.5f,
            a.AsColumnMajorArray(), 20, 30, b.AsColumnMajorArray(), 30, 25, 2f, values);
        NaiveProduct.AssertClose(expected, c, 1e-5);
    }

    [Fact]
    public void Mismatched_inner_dimensions_are_refused_before_reaching_native_code()
    {
        var a = new float[6 * 40];
        var b = new float[41 * 50];
        var c = new float[6 * 50];
        var error = Assert.Throws<ArgumentException>(() => LinearAlgebraControl.Provider.MatrixMultiplyWithUpdate(
            Transpose.DontTranspose, Transpose.DontTranspose, 1f, a, 6, 40, b, 41, 50, 0f, c));
        Assert.Contains("6×40", error.Message);
        Assert.Contains("41×50", error.Message);
    }

    [Fact]
    public void Backend_names_OpenBLAS_and_its_thread_count_can_be_set()
    {
        Assert.Equal("OpenBLAS (libopenblas.so.0)", BlasRuntime.Backend);
        Assert.Contains("OpenBLAS", BlasRuntime.Describe());
        int threads = BlasRuntime.Threads;
        BlasRuntime.Threads = 1;
        Assert.Equal(1, BlasRuntime.Threads);
        BlasRuntime.Threads = threads;
        Assert.Equal(threads, BlasRuntime.Threads);
    }
}
