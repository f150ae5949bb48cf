using System.Numerics;
using System.Runtime.CompilerServices;

namespace NotebookKit.Layers;

/// <summary>
/// The im2col rearrangement that turns a convolution into one matrix product, and its adjoint col2im.
/// </summary>
/// <remarks>
/// The batch X is N×(C·H·W), column-major, so input pixel (c, h, w) of all N samples is one contiguous run of N
/// values. The patch matrix has one row per (output position p, sample n), ordered r = p·N + n, and one column per
/// kernel tap q = (c, kh, kw): then every entry block is a straight copy of N values, and the product
/// Z = cols·W ((N·P)×F, column-major) has exactly the memory layout of the N×(F·P) output batch, so no reshuffle
/// is needed on either side.
/// </remarks>
internal readonly record struct Im2Col(int Channels, int Height, int Width, int Kernel, int Stride, int PadTop, int PadLeft, int OutHeight, int OutWidth)
{
    public int Positions => OutHeight * OutWidth;

    public int Taps => Channels * Kernel * Kernel;

    /// <summary>cols[(q·P + p)·N + n] = X[n, (c·H + h)·W + w] with h = oh·s + kh − pad, zero outside the image.</summary>
    public void Fill<T>(T[] x, T[] cols, int n) where T : struct, IFloatingPointIeee754<T>
    {
        for (int q = 0; q < Taps; q++) FillTap(x, cols, n, q);
    }

    /// <summary>The adjoint of <see cref="Fill"/>: dX[n, (c,h,w)] = Σ over the patches that copied it of dcols.</summary>
    public void Accumulate<T>(T[] dcols, T[] dx, int n) where T : struct, IFloatingPointIeee754<T>
    {
        for (int c = 0; c < Channels; c++) AccumulateChannel(dcols, dx, n, c);
    }

    /// <summary>Column q = (c, kh, kw) of the patch matrix: for every output position, N contiguous input values.</summary>
    /// <remarks>
    /// At stride 1 the output positions (oh, ow₀…ow₁) of one tap read the input pixels (h, w₀…w₁): neighbours in X as
    /// they are in cols, so the whole run is one copy of (ow₁ − ow₀)·N values instead of one copy per position.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FillTap<T>(T[] x, T[] cols, int n, int q) where T : struct, IFloatingPointIeee754<T>
    {
        int c = q / (Kernel * Kernel), kh = q / Kernel % Kernel, kw = q % Kernel;
        int positions = Positions;
        for (int oh = 0; oh < OutHeight; oh++)
        {
            int h = oh * Stride + kh - PadTop;
            Span<T> row = cols.AsSpan((q * positions + oh * OutWidth) * n, OutWidth * n);
            if ((uint)h >= (uint)Height)
            {
                row.Clear();
                continue;
            }
            if (Stride == 1)
            {
                var (first, end) = InsideRun(kw);
                row[..(first * n)].Clear();
                if (end > first)
                    x.AsSpan(((c * Height + h) * Width + first + kw - PadLeft) * n, (end - first) * n).CopyTo(row[(first * n)..(end * n)]);
                row[(end * n)..].Clear();
                continue;
            }
            for (int ow = 0; ow < OutWidth; ow++)
            {
                int w = ow * Stride + kw - PadLeft;
                Span<T> target = row.Slice(ow * n, n);
                if ((uint)w < (uint)Width)
                    x.AsSpan(((c * Height + h) * Width + w) * n, n).CopyTo(target);
                else
                    target.Clear();
            }
        }
    }

    /// <summary>At stride 1, the output columns [first, end) whose tap kw lands inside the image (the rest is padding).</summary>
    private (int First, int End) InsideRun(int kw)
    {
        int first = Math.Clamp(PadLeft - kw, 0, OutWidth);
        int end = Math.Clamp(Width + PadLeft - kw, first, OutWidth);
        return (first, end);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AccumulateChannel<T>(T[] dcols, T[] dx, int n, int c) where T : struct, IFloatingPointIeee754<T>
    {
        dx.AsSpan(c * Height * Width * n, Height * Width * n).Clear();
        int positions = Positions;
        for (int kh = 0; kh < Kernel; kh++)
            for (int kw = 0; kw < Kernel; kw++)
            {
                int q = (c * Kernel + kh) * Kernel + kw;
                for (int oh = 0; oh < OutHeight; oh++)
                {
                    int h = oh * Stride + kh - PadTop;
                    if ((uint)h >= (uint)Height) continue;
                    if (Stride == 1)
                    {
                        // The adjoint of FillTap's run copy: one add of the whole run.
                        var (first, end) = InsideRun(kw);
                        if (end > first)
                            VectorOps.Add<T>(dcols.AsSpan((q * positions + oh * OutWidth + first) * n, (end - first) * n),
                                dx.AsSpan(((c * Height + h) * Width + first + kw - PadLeft) * n, (end - first) * n));
                        continue;
                    }
                    for (int ow = 0; ow < OutWidth; ow++)
                    {
                        int w = ow * Stride + kw - PadLeft;
                        if ((uint)w >= (uint)Width) continue;
                        VectorOps.Add<T>(dcols.AsSpan((q * positions + oh * OutWidth + ow) * n, n), dx.AsSpan(((c * Height + h) * Width + w) * n, n));
                    }
                }
            }
    }
}
