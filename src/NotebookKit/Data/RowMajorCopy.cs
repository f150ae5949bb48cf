using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Training;

namespace NotebookKit.Data;

/// <summary>
/// A matrix's rows laid end to end (row-major), the layout <c>Fit</c>'s batch gather reads: made once when a
/// <see cref="Dataset"/> is built, and handed out only while it still holds exactly the matrix's values.
/// </summary>
/// <remarks>
/// MathNet stores a matrix column-major, so the 784 values of one image lie a whole column (60,000 floats) apart;
/// <c>Fit</c> needs each sample in one run. Making that copy inside <c>Fit</c> cost about 0.1 s for Fashion-MNIST's
/// 188 MB, two thirds of it the OS handing out fresh pages — work NumPy and PyTorch do when they load the data, as
/// the data set now does. A learner can still change <c>Dataset.X</c> in place (<c>X[i, j] = …</c>, or through its
/// array), and nothing tells the copy, so <see cref="Matching"/> compares every value before handing it out: a
/// stale copy is never used (read-only, about a third of the cost of making a new one), and <c>Fit</c> then makes
/// its own as it always did. The copy lives as long as the matrix it was made from (a weak table), never longer.
/// </remarks>
internal static class RowMajorCopy
{
    private const int Block = 16;

    private static readonly ConditionalWeakTable<Matrix<float>, float[]> Copies = [];

    /// <summary>Makes and keeps the row-major copy of <paramref name="x"/> (a dense matrix; others are left alone).</summary>
    public static void Attach(Matrix<float> x)
    {
        if (x.AsColumnMajorArray() is not { } values) return;
        var rows = GC.AllocateUninitializedArray<float>(values.Length);
        Transpose(values, x.RowCount, x.ColumnCount, rows);
        Copies.AddOrUpdate(x, rows);
    }

    /// <summary>The copy attached to <paramref name="x"/> if it holds exactly x's values now (bit for bit), else null.</summary>
    public static float[]? Matching(Matrix<float> x)
    {
        if (!Copies.TryGetValue(x, out var rows) || x.AsColumnMajorArray() is not { } values || rows.Length != values.Length)
            return null;
        return Same(values, x.RowCount, x.ColumnCount, rows) ? rows : null;
    }

    /// <summary>
    /// rows[i·columns + j] = from[j·n + i]: in blocks of 16 rows, so each column read is one contiguous run and the
    /// 16 row runs being written stay in cache while j walks across them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Transpose<T>(T[] from, int n, int columns, T[] rows) where T : struct, INumberBase<T>
    {
        for (int i0 = 0; i0 < n; i0 += Block)
        {
            int count = Math.Min(Block, n - i0);
            for (int j = 0; j < columns; j++)
            {
                ReadOnlySpan<T> column = from.AsSpan(j * n + i0, count);
                for (int k = 0; k < count; k++) rows[(i0 + k) * columns + j] = column[k];
            }
        }
    }

    /// <summary>Whether rows is the row-major copy of the column-major n×columns from, bit for bit (−0 ≠ 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Same(float[] from, int n, int columns, float[] rows)
    {
        int fullRows = 0, fullColumns = 0;
        if (FloatBatchGather.IsSupported)
        {
            fullRows = n - n % 8;
            fullColumns = columns - columns % 8;
            if (!SameInBlocks(from, n, columns, rows, fullRows, fullColumns)) return false;
        }
        for (int i = 0; i < n; i++)
        {
            for (int j = i < fullRows ? fullColumns : 0; j < columns; j++)
            {
                if (BitConverter.SingleToInt32Bits(rows[i * columns + j]) != BitConverter.SingleToInt32Bits(from[j * n + i]))
                    return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The 8×8 blocks of rows &lt; fullRows, columns &lt; fullColumns: eight column runs of X transposed in registers
    /// (the batch gather's transpose, into a stack block) and compared with eight row runs of the copy as whole
    /// vectors. Element by element the same walk took about 50 ms for Fashion-MNIST, half the cost of a new copy.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool SameInBlocks(float[] from, int n, int columns, float[] rows, int fullRows, int fullColumns)
    {
        Span<float> block = stackalloc float[64];
        ref float x = ref MemoryMarshal.GetArrayDataReference(from);
        ref float copy = ref MemoryMarshal.GetArrayDataReference(rows);
        ref float transposed = ref MemoryMarshal.GetReference(block);
        for (int r0 = 0; r0 < fullRows; r0 += 8)
        {
            Vector256<int> differences = Vector256<int>.Zero;
            for (int j0 = 0; j0 < fullColumns; j0 += 8)
            {
                nuint at = (nuint)j0 * (nuint)n + (nuint)r0, step = (nuint)n;
                FloatBatchGather.Transpose8x8(
                    Vector256.LoadUnsafe(ref x, at), Vector256.LoadUnsafe(ref x, at + step),
                    Vector256.LoadUnsafe(ref x, at + 2 * step), Vector256.LoadUnsafe(ref x, at + 3 * step),
                    Vector256.LoadUnsafe(ref x, at + 4 * step), Vector256.LoadUnsafe(ref x, at + 5 * step),
                    Vector256.LoadUnsafe(ref x, at + 6 * step), Vector256.LoadUnsafe(ref x, at + 7 * step),
                    ref transposed, 8);
                for (int k = 0; k < 8; k++)
                {
                    var expected = Vector256.LoadUnsafe(ref transposed, (nuint)(8 * k));
                    var actual = Vector256.LoadUnsafe(ref copy, (nuint)(r0 + k) * (nuint)columns + (nuint)j0);
                    differences |= expected.AsInt32() ^ actual.AsInt32();
                }
            }
            if (differences != Vector256<int>.Zero) return false;
        }
        return true;
    }
}
