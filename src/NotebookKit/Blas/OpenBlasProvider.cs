using MathNet.Numerics.Providers.LinearAlgebra;

namespace NotebookKit.Blas;

/// <summary>
/// A MathNet linear-algebra provider that sends the dense matrix products — C = alpha·op(A)·op(B) + beta·C
/// in float and double — to OpenBLAS <c>cblas_sgemm</c>/<c>cblas_dgemm</c>, and everything else to
/// MathNet's managed provider unchanged.
/// </summary>
/// <remarks>
/// MathNet's <c>A * B</c>, <c>A.Multiply(B, result)</c>, <c>A.TransposeThisAndMultiply(B, result)</c> and
/// <c>A.TransposeAndMultiply(B, result)</c> on dense matrices all end in
/// <see cref="MatrixMultiplyWithUpdate(Transpose, Transpose, float, float[], int, int, float[], int, int, float, float[])"/>
/// or <see cref="MatrixMultiply(float[], int, int, float[], int, int, float[])"/>, so replacing these two
/// (per element type) is enough for training to run on OpenBLAS. Products smaller than
/// <see cref="SmallProductFlops"/> multiply-adds stay managed: for a 32×2·2×5 product the call into
/// native code costs more than the arithmetic.
/// </remarks>
internal sealed partial class OpenBlasProvider : ILinearAlgebraProvider
{
    /// <summary>Below this many multiply-adds (m·n·k) the managed loop is faster than a native call.</summary>
    public const long SmallProductFlops = 4096;

    private static readonly ManagedLinearAlgebraProvider Managed = ManagedLinearAlgebraProvider.Instance;

    private static long nativeCalls;

    public static OpenBlasProvider Instance { get; } = new();

    /// <summary>How many products went to OpenBLAS in this process (lets tests prove the routing).</summary>
    public static long NativeCalls => Interlocked.Read(ref nativeCalls);

    private OpenBlasProvider()
    {
    }

    public bool IsAvailable() => OpenBlasNative.TryLoad(out _);

    public void InitializeVerify()
    {
        if (!OpenBlasNative.TryLoad(out var problem))
        {
            throw new NotSupportedException($"OpenBLAS provider unavailable: {problem}.");
        }
    }

    public void FreeResources()
    {
    }

    public override string ToString() => $"OpenBLAS ({OpenBlasNative.Library}) for matrix products, managed otherwise";

    public void MatrixMultiply(float[] x, int rowsX, int columnsX, float[] y, int rowsY, int columnsY, float[] result) =>
        MatrixMultiplyWithUpdate(Transpose.DontTranspose, Transpose.DontTranspose,
            1f, x, rowsX, columnsX, y, rowsY, columnsY, 0f, result);

    public void MatrixMultiply(double[] x, int rowsX, int columnsX, double[] y, int rowsY, int columnsY, double[] result) =>
        MatrixMultiplyWithUpdate(Transpose.DontTranspose, Transpose.DontTranspose,
            1d, x, rowsX, columnsX, y, rowsY, columnsY, 0d, result);

    // rowsA/columnsA describe A as stored (before op), as MathNet passes them.
    public void MatrixMultiplyWithUpdate(Transpose transposeA, Transpose transposeB, float alpha,
        float[] a, int rowsA, int columnsA, float[] b, int rowsB, int columnsB, float beta, float[] c)
    {
        var shape = GemmShape.Of(transposeA, transposeB, a.Length, rowsA, columnsA, b.Length, rowsB, columnsB, c.Length);
        if (shape.Flops < SmallProductFlops)
        {
            Managed.MatrixMultiplyWithUpdate(transposeA, transposeB, alpha, a, rowsA, columnsA, b, rowsB, columnsB, beta, c);
            return;
        }
        Interlocked.Increment(ref nativeCalls);
        OpenBlasNative.Sgemm(shape.TransA, shape.TransB, shape.M, shape.N, shape.K,
            alpha, a, rowsA, b, rowsB, beta, c, shape.M);
    }

    public void MatrixMultiplyWithUpdate(Transpose transposeA, Transpose transposeB, double alpha,
        double[] a, int rowsA, int columnsA, double[] b, int rowsB, int columnsB, double beta, double[] c)
    {
        var shape = GemmShape.Of(transposeA, transposeB, a.Length, rowsA, columnsA, b.Length, rowsB, columnsB, c.Length);
        if (shape.Flops < SmallProductFlops)
        {
            Managed.MatrixMultiplyWithUpdate(transposeA, transposeB, alpha, a, rowsA, columnsA, b, rowsB, columnsB, beta, c);
            return;
        }
        Interlocked.Increment(ref nativeCalls);
        OpenBlasNative.Dgemm(shape.TransA, shape.TransB, shape.M, shape.N, shape.K,
            alpha, a, rowsA, b, rowsB, beta, c, shape.M);
    }
}
