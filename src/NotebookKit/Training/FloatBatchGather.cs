using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NotebookKit.Training;

/// <summary>
/// The batch gather of <see cref="BatchGatherer{T}"/> for float on AVX CPUs: picked rows of a row-major copy into a
/// column-major batch, 8×8 values at a time (8 rows read as 8 vectors, transposed in registers, stored as 8 columns).
/// </summary>
/// <remarks>
/// Copying value by value cost about 35 µs per MLP batch of 64×784 (the gather is a transpose: rows in, columns out);
/// the register transpose moves 8 values per load and per store. It only moves values, so batches are bit for bit
/// those of the plain loop.
/// </remarks>
internal static class FloatBatchGather
{
    public static bool IsSupported => Avx.IsSupported;

    /// <summary>to[j·b + r] = rows[starts[r] + j] for r &lt; b = starts.Length, j &lt; columns.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Gather(float[] rows, ReadOnlySpan<int> starts, int columns, float[] to)
    {
        int b = starts.Length;
        int fullRows = b - b % 8, fullColumns = columns - columns % 8;
        ref float source = ref MemoryMarshal.GetArrayDataReference(rows);
        ref float target = ref MemoryMarshal.GetArrayDataReference(to);
        for (int r0 = 0; r0 < fullRows; r0 += 8)
        {
            ReadOnlySpan<int> s = starts.Slice(r0, 8);
            for (int j0 = 0; j0 < fullColumns; j0 += 8)
            {
                Transpose8x8(
                    Load(ref source, s[0] + j0), Load(ref source, s[1] + j0), Load(ref source, s[2] + j0), Load(ref source, s[3] + j0),
                    Load(ref source, s[4] + j0), Load(ref source, s[5] + j0), Load(ref source, s[6] + j0), Load(ref source, s[7] + j0),
                    ref Unsafe.Add(ref target, j0 * b + r0), b);
            }
            for (int j = fullColumns; j < columns; j++)
                for (int k = 0; k < 8; k++) to[j * b + r0 + k] = rows[s[k] + j];
        }
        for (int r = fullRows; r < b; r++)
            for (int j = 0; j < columns; j++) to[j * b + r] = rows[starts[r] + j];
    }

    private static Vector256<float> Load(ref float source, int at) => Vector256.LoadUnsafe(ref source, (nuint)at);

    /// <summary>Stores column c of the 8×8 block whose rows are r0…r7 at out + c·stride (the textbook AVX transpose).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Transpose8x8(
        Vector256<float> r0, Vector256<float> r1, Vector256<float> r2, Vector256<float> r3,
        Vector256<float> r4, Vector256<float> r5, Vector256<float> r6, Vector256<float> r7,
        ref float output, int stride)
    {
        // Interleave pairs of rows, then pairs of pairs: each 128-bit lane then holds 4 values of one column.
        var t0 = Avx.UnpackLow(r0, r1); var t1 = Avx.UnpackHigh(r0, r1);
        var t2 = Avx.UnpackLow(r2, r3); var t3 = Avx.UnpackHigh(r2, r3);
        var t4 = Avx.UnpackLow(r4, r5); var t5 = Avx.UnpackHigh(r4, r5);
        var t6 = Avx.UnpackLow(r6, r7); var t7 = Avx.UnpackHigh(r6, r7);
        var u0 = Avx.Shuffle(t0, t2, 0x44); var u1 = Avx.Shuffle(t0, t2, 0xEE);
        var u2 = Avx.Shuffle(t1, t3, 0x44); var u3 = Avx.Shuffle(t1, t3, 0xEE);
        var u4 = Avx.Shuffle(t4, t6, 0x44); var u5 = Avx.Shuffle(t4, t6, 0xEE);
        var u6 = Avx.Shuffle(t5, t7, 0x44); var u7 = Avx.Shuffle(t5, t7, 0xEE);
        // Join the low lanes (rows 0–3) with the high ones (rows 4–7): columns 0–3, then 4–7.
        Avx.Permute2x128(u0, u4, 0x20).StoreUnsafe(ref output, 0);
        Avx.Permute2x128(u1, u5, 0x20).StoreUnsafe(ref output, (nuint)stride);
        Avx.Permute2x128(u2, u6, 0x20).StoreUnsafe(ref output, (nuint)(2 * stride));
        Avx.Permute2x128(u3, u7, 0x20).StoreUnsafe(ref output, (nuint)(3 * stride));
        Avx.Permute2x128(u0, u4, 0x31).StoreUnsafe(ref output, (nuint)(4 * stride));
        Avx.Permute2x128(u1, u5, 0x31).StoreUnsafe(ref output, (nuint)(5 * stride));
        Avx.Permute2x128(u2, u6, 0x31).StoreUnsafe(ref output, (nuint)(6 * stride));
        Avx.Permute2x128(u3, u7, 0x31).StoreUnsafe(ref output, (nuint)(7 * stride));
    }
}
