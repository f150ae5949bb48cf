using System.Runtime.InteropServices;
using MathNet.Numerics.Providers.LinearAlgebra;

namespace NotebookKit.Blas;

/// <summary>
/// The few OpenBLAS entry points NotebookKit calls, from Debian's <c>libopenblas0-pthread</c>
/// (<c>/usr/lib/x86_64-linux-gnu/libopenblas.so.0</c>).
/// </summary>
/// <remarks>
/// MathNet stores a dense matrix column-major in one <c>T[]</c>, which is exactly the layout
/// <c>cblas_?gemm(CblasColMajor, …)</c> reads, so the arrays go to BLAS as they are: the runtime
/// pins blittable arrays for the call instead of copying them. MathNet's <see cref="Transpose"/>
/// uses the CBLAS values (111 = no transpose, 112 = transpose), so it is passed through unchanged.
/// </remarks>
internal static class OpenBlasNative
{
    public const string Library = "libopenblas.so.0";

    private const int ColumnMajor = 102;

    /// <summary>True when the shared library loads and exports <c>cblas_sgemm</c> and <c>cblas_dgemm</c>.</summary>
    public static bool TryLoad(out string? problem)
    {
        if (!NativeLibrary.TryLoad(Library, typeof(OpenBlasNative).Assembly, null, out var handle))
        {
            problem = $"{Library} not found (Debian: apt-get install libopenblas0-pthread)";
            return false;
        }
        foreach (var symbol in new[] { "cblas_sgemm", "cblas_dgemm" })
        {
            if (!NativeLibrary.TryGetExport(handle, symbol, out _))
            {
                problem = $"{Library} does not export {symbol}";
                return false;
            }
        }
        problem = null;
        return true;
    }

    /// <summary>C = alpha·op(A)·op(B) + beta·C, all column-major.</summary>
    public static void Sgemm(Transpose transA, Transpose transB, int m, int n, int k,
        float alpha, float[] a, int lda, float[] b, int ldb, float beta, float[] c, int ldc) =>
        cblas_sgemm(ColumnMajor, transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);

    /// <summary>C = alpha·op(A)·op(B) + beta·C, all column-major.</summary>
    public static void Dgemm(Transpose transA, Transpose transB, int m, int n, int k,
        double alpha, double[] a, int lda, double[] b, int ldb, double beta, double[] c, int ldc) =>
        cblas_dgemm(ColumnMajor, transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);

    public static int GetThreadCount() => openblas_get_num_threads();

    public static void SetThreadCount(int threads) => openblas_set_num_threads(threads);

    /// <summary>The kernel OpenBLAS chose for this CPU (e.g. "Haswell"; OPENBLAS_CORETYPE overrides it).</summary>
    public static string CoreName() => Marshal.PtrToStringAnsi(openblas_get_corename())?.Trim() ?? "unknown";

    /// <summary>Build configuration, e.g. "OpenBLAS 0.3.21 DYNAMIC_ARCH NO_AFFINITY Haswell MAX_THREADS=64".</summary>
    public static string Config() => Marshal.PtrToStringAnsi(openblas_get_config())?.Trim() ?? "unknown";

    [DllImport(Library)]
    private static extern void cblas_sgemm(int order, Transpose transA, Transpose transB, int m, int n, int k,
        float alpha, float[] a, int lda, float[] b, int ldb, float beta, float[] c, int ldc);

    [DllImport(Library)]
    private static extern void cblas_dgemm(int order, Transpose transA, Transpose transB, int m, int n, int k,
        double alpha, double[] a, int lda, double[] b, int ldb, double beta, double[] c, int ldc);

    [DllImport(Library)]
    private static extern int openblas_get_num_threads();

    [DllImport(Library)]
    private static extern void openblas_set_num_threads(int threads);

    [DllImport(Library)]
    private static extern IntPtr openblas_get_corename();

    [DllImport(Library)]
    private static extern IntPtr openblas_get_config();
}
