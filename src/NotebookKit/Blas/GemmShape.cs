using MathNet.Numerics.Providers.LinearAlgebra;

namespace NotebookKit.Blas;

/// <summary>
/// The m, n, k of C(m×n) = op(A)(m×k) · op(B)(k×n), checked against the array lengths before any
/// native code sees them: a wrong length here would be a silent out-of-bounds read in BLAS.
/// </summary>
internal readonly record struct GemmShape(Transpose TransA, Transpose TransB, int M, int N, int K)
{
    public long Flops => (long)M * N * K;

    public static GemmShape Of(Transpose transposeA, Transpose transposeB,
        int lengthA, int rowsA, int columnsA, int lengthB, int rowsB, int columnsB, int lengthC)
    {
        // BLAS reads a conjugate transpose of a real matrix as a plain transpose.
        var transA = transposeA == Transpose.DontTranspose ? Transpose.DontTranspose : Transpose.Transpose;
        var transB = transposeB == Transpose.DontTranspose ? Transpose.DontTranspose : Transpose.Transpose;
        int m = transA == Transpose.DontTranspose ? rowsA : columnsA;
        int k = transA == Transpose.DontTranspose ? columnsA : rowsA;
        int kB = transB == Transpose.DontTranspose ? rowsB : columnsB;
        int n = transB == Transpose.DontTranspose ? columnsB : rowsB;
        if (k != kB)
        {
            throw new ArgumentException(
                $"Matrix product: op(A) is {m}×{k} but op(B) is {kB}×{n}; the inner dimensions must agree.");
        }
        if (lengthA < (long)rowsA * columnsA || lengthB < (long)rowsB * columnsB)
        {
            throw new ArgumentException(
                $"Matrix product: A ({rowsA}×{columnsA}) has {lengthA} values and B ({rowsB}×{columnsB}) has {lengthB}; too few for their shapes.");
        }
        if (lengthC < (long)m * n)
        {
            throw new ArgumentException($"Matrix product: the result needs {m}×{n} values, its array has {lengthC}.");
        }
        return new GemmShape(transA, transB, m, n, k);
    }
}
