using System.Numerics;
using System.Runtime.CompilerServices;
using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Layers;

/// <summary>
/// Max pooling: A[n, c, oh, ow] = max over the p×p window at (oh·s, ow·s) of X[n, c, ·, ·]. Halves the image at
/// the default p = s = 2. No parameters; the gradient flows only to the input that was the max.
/// </summary>
/// <remarks>Shapes: X is N×(C·H·W), A is N×(C·OH·OW) with OH = ⌊(H − p)/s⌋ + 1 (valid pooling, as Keras' default).</remarks>
public class MaxPooling2D<T> : Layer<T> where T : struct, IFloatingPointIeee754<T>
{
    private int channels, height, width, outHeight, outWidth;
    private Matrix<T>? A, dX;
    // The winning input feature of each output, stored as T so the SIMD compare and select run in T's lanes.
    private T[] argmax = [];

    public MaxPooling2D(int poolSize = 2, int? stride = null) : base("MaxPooling2D", null)
    {
        PoolSize = poolSize > 0 ? poolSize : throw new ArgumentOutOfRangeException(nameof(poolSize), poolSize, "poolSize must be positive.");
        Stride = stride ?? poolSize;
        if (Stride <= 0) throw new ArgumentOutOfRangeException(nameof(stride), stride, "stride must be positive.");
    }

    /// <summary>p, the side of the window.</summary>
    public int PoolSize { get; }

    /// <summary>s, the step between windows (default p).</summary>
    public int Stride { get; }

    public override string Describe() => $"MaxPooling2D({PoolSize}×{PoolSize}{(Stride != PoolSize ? $", stride {Stride}" : "")})";

    protected override Shape BuildCore(Shape inputShape, Random random)
    {
        if (inputShape.Rank != 3)
            throw new ArgumentException($"{Name} expects images (channels×height×width), got shape {inputShape}.");
        (channels, height, width) = (inputShape[0], inputShape[1], inputShape[2]);
        if (height < PoolSize || width < PoolSize)
            throw new ArgumentException($"{Name}: a {PoolSize}×{PoolSize} window does not fit a {height}×{width} image.");
        outHeight = (height - PoolSize) / Stride + 1;
        outWidth = (width - PoolSize) / Stride + 1;
        return new Shape(channels, outHeight, outWidth);
    }

    private protected override void ReleaseBuffersCore()
    {
        A = dX = null;
        argmax = [];
    }

    // A[n, c, oh, ow] = max_{ph,pw} X[n, c, oh·s + ph, ow·s + pw]; remember which input won
    protected override Matrix<T> ForwardCore(Matrix<T> X, bool training)
    {
        int n = X.RowCount;
        Matrix<T> output = Reuse(ref A, n, channels * outHeight * outWidth);
        if (argmax.Length != output.RowCount * output.ColumnCount) argmax = new T[output.RowCount * output.ColumnCount];
        T[] x = Data(X), a = Data(output);
        for (int c = 0; c < channels; c++) ForwardChannel(x, a, n, c);
        return output;
    }

    // dL/dX[n, argmax] += dL/dA[n, o], zero elsewhere   N×(C·OH·OW) → N×(C·H·W)
    protected override Matrix<T>? BackwardCore(Matrix<T> dA, bool needInputGradient)
    {
        if (!needInputGradient) return null;
        int n = dA.RowCount;
        Matrix<T> dx = Reuse(ref dX, n, InputShape!.Size);
        T[] g = Data(dA), d = Data(dx);
        for (int c = 0; c < channels; c++) BackwardChannel(g, d, n, c);
        return dx;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ForwardChannel(T[] x, T[] a, int n, int c)
    {
        for (int oh = 0; oh < outHeight; oh++)
            for (int ow = 0; ow < outWidth; ow++)
            {
                int o = (c * outHeight + oh) * outWidth + ow;
                Span<T> best = a.AsSpan(o * n, n);
                Span<T> winner = argmax.AsSpan(o * n, n);
                int first = (c * height + oh * Stride) * width + ow * Stride;
                x.AsSpan(first * n, n).CopyTo(best);
                winner.Fill(T.CreateTruncating(first));
                for (int ph = 0; ph < PoolSize; ph++)
                    for (int pw = 0; pw < PoolSize; pw++)
                    {
                        int feature = (c * height + oh * Stride + ph) * width + ow * Stride + pw;
                        if (feature != first)
                            VectorOps.MaxWithIndex<T>(x.AsSpan(feature * n, n), best, winner, T.CreateTruncating(feature));
                    }
            }
    }

    // Each window sends its gradient to the input that won it (windows overlap when stride < pool size, hence +=).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void BackwardChannel(T[] g, T[] d, int n, int c)
    {
        d.AsSpan(c * height * width * n, height * width * n).Clear();
        for (int oh = 0; oh < outHeight; oh++)
            for (int ow = 0; ow < outWidth; ow++)
            {
                int o = (c * outHeight + oh) * outWidth + ow;
                ReadOnlySpan<T> gradient = g.AsSpan(o * n, n), winner = argmax.AsSpan(o * n, n);
                for (int ph = 0; ph < PoolSize; ph++)
                    for (int pw = 0; pw < PoolSize; pw++)
                    {
                        int feature = (c * height + oh * Stride + ph) * width + ow * Stride + pw;
                        VectorOps.AddWhereEqual(gradient, winner, T.CreateTruncating(feature), d.AsSpan(feature * n, n));
                    }
            }
    }
}
