using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;

namespace NotebookKit.Training;

/// <summary>
/// A matrix's rows laid end to end (row-major), the layout <c>Fit</c>'s batch gather reads: made once when a
/// <see cref="Data.Dataset"/> is built, and handed out only while it still holds exactly the matrix's values.
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

    /// <summary>Below this many values one thread compares faster than two can be started.</summary>
    private const int ParallelValues = 1 << 20;

    private static readonly ConditionalWeakTable<Matrix<float>, Copy> Copies = [];

    /// <summary>The copy, and whether all its values were finite when it was made (then X's are, while they match).</summary>
    private sealed record Copy(float[] Rows, bool AllFinite);

    /// <summary>Makes and keeps the row-major copy of <paramref name="x"/> (a dense matrix; others are left alone).</summary>
    public static void Attach(Matrix<float> x)
    {
        if (x.AsColumnMajorArray() is not { } values) return;
        var rows = GC.AllocateUninitializedArray<float>(values.Length);
        Transpose(values, x.RowCount, x.ColumnCount, rows);
        Copies.AddOrUpdate(x, new Copy(rows, VectorOps.AllFinite<float>(rows)));
    }

    /// <summary>
    /// The copy attached to <paramref name="x"/> if it holds exactly x's values now (bit for bit), else null;
    /// <paramref name="allFinite"/> says whether x holds only finite values (known only when the copy matches).
    /// With <paramref name="threads"/> &gt; 1 a large matrix is compared by two threads, half the rows each.
    /// </summary>
    public static float[]? Matching(Matrix<float> x, out bool allFinite, int threads = 1)
    {
        allFinite = false;
        if (!Copies.TryGetValue(x, out var copy) || x.AsColumnMajorArray() is not { } values || copy.Rows.Length != values.Length)
            return null;
        int n = x.RowCount, columns = x.ColumnCount;
        bool same;
        if (threads > 1 && values.Length >= ParallelValues)
        {
            int half = n / 2 / 8 * 8;
            bool top = false, bottom = false;
            Parallel.Invoke(
                () => top = Same(values, n, columns, copy.Rows, 0, half),
                () => bottom = Same(values, n, columns, copy.Rows, half, n));
            same = top && bottom;
        }
        else
        {
            same = Same(values, n, columns, copy.Rows, 0, n);
        }
        if (!same) return null;
        allFinite = copy.AllFinite;
        return copy.Rows;
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

    /// <summary>Whether rows [first, end) of the row-major copy equal those of the column-major n×columns from, bit
    /// for bit (−0 ≠ 0). first is a multiple of 8.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Same(float[] from, int n, int columns, float[] rows, int first, int end)
    {
        int fullEnd = first, fullColumns = 0;
        if (FloatBatchGather.IsSupported)
        {
            fullEnd = first + (end - first) / 8 * 8;
            fullColumns = columns - columns % 8;
            if (!SameInBlocks(from, n, columns, rows, first, fullEnd, fullColumns)) return false;
        }
        for (int i = first; i < end; i++)
        {
            for (int j = i < fullEnd ? fullColumns : 0; j < columns; j++)
            {
                if (BitConverter.SingleToInt32Bits(rows[i * columns + j]) != BitConverter.SingleToInt32Bits(from[j * n + i]))
                    return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The 8×8 blocks of rows [first, fullEnd), columns &lt; fullColumns: eight column runs of X transposed in
    /// registers (the batch gather's transpose, into a stack block) and compared with eight row runs of the copy as
    /// whole vectors. Element by element the same walk took about 50 ms for Fashion-MNIST, half the cost of a new copy.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool SameInBlocks(float[] from, int n, int columns, float[] rows, int first, int fullEnd, int fullColumns)
    {
        Span<float> block = stackalloc float[64];
        ref float x = ref MemoryMarshal.GetArrayDataReference(from);
        ref float copy = ref MemoryMarshal.GetArrayDataReference(rows);
        ref float transposed = ref MemoryMarshal.GetReference(block);
        for (int r0 = first; r0 < fullEnd; r0 += 8)
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
