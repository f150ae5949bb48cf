using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Activations;

namespace NotebookKit.Layers;

/// <summary>
/// A 2-D convolution: Z[n, f, oh, ow] = Σ_{c,kh,kw} X[n, c, oh·s + kh − pad, ow·s + kw − pad] · K[f, c, kh, kw] + b[f],
/// A = f(Z). Computed as im2col + one matrix product: Z = cols · W.
/// </summary>
/// <remarks>
/// Parameters: <c>filters</c> F, <c>kernelSize</c> k (square), <c>stride</c> s (default 1), <c>padding</c>
/// (default <see cref="Padding.Valid"/>), <c>activation</c> (default linear), <c>inputShape</c> (C, H, W) for the
/// first layer, <c>initializer</c>, <c>weightDecay</c>.
/// Shapes: X is N×(C·H·W), a row per image, channel-major; W is (C·k·k)×F (a column per filter);
/// b is 1×F; A is N×(F·OH·OW).
/// </remarks>
public class Conv2D<T> : Layer<T> where T : struct, IFloatingPointIeee754<T>
{
    private Parameter<T>? weights, bias;
    private Im2Col geometry;
    private Matrix<T>? cols, dCols, Zrows, Z, A, dZ, dZrows, dX, externalDZrows;

    public Conv2D(
        int filters,
        int kernelSize,
        int stride = 1,
        Padding padding = Padding.Valid,
        Activation? activation = null,
        (int Channels, int Height, int Width)? inputShape = null,
        Initializer initializer = Initializer.Auto,
        double weightDecay = 0)
        : base("Conv2D", inputShape is var (c, h, w) ? new Shape(c, h, w) : null)
    {
        Filters = filters > 0 ? filters : throw new ArgumentOutOfRangeException(nameof(filters), filters, "filters must be positive.");
        KernelSize = kernelSize > 0 ? kernelSize : throw new ArgumentOutOfRangeException(nameof(kernelSize), kernelSize, "kernelSize must be positive.");
        Stride = stride > 0 ? stride : throw new ArgumentOutOfRangeException(nameof(stride), stride, "stride must be positive.");
        Padding = padding;
        Activation = activation ?? Activation.Linear;
        Initializer = initializer;
        WeightDecay = weightDecay >= 0 ? weightDecay : throw new ArgumentOutOfRangeException(nameof(weightDecay), weightDecay, "weightDecay must be ≥ 0.");
    }

    public int Filters { get; }

    public int KernelSize { get; }

    public int Stride { get; }

    public Padding Padding { get; }

    public Activation Activation { get; }

    public Initializer Initializer { get; }

    public double WeightDecay { get; }

    public override Activation? OutputActivation => Activation;

    /// <summary>The kernels as a (C·k·k)×F matrix: column f is filter f, laid out (c, kh, kw).</summary>
    public Matrix<T> W => (weights ?? throw NotBuilt()).Value;

    /// <summary>One bias per filter.</summary>
    public MathNet.Numerics.LinearAlgebra.Vector<T> b => MathNet.Numerics.LinearAlgebra.Vector<T>.Build.Dense((bias ?? throw NotBuilt()).ValueStorage);

    public override string Describe() =>
        $"Conv2D({Filters}@{KernelSize}×{KernelSize}{(Stride != 1 ? $", stride {Stride}" : "")}, {Padding.ToString().ToLowerInvariant()}, {Activation.Name})";

    protected override Shape BuildCore(Shape inputShape, Random random)
    {
        if (inputShape.Rank != 3)
            throw new ArgumentException(
                $"{Name} expects images (channels×height×width), got shape {inputShape}; give the first layer inputShape: (channels, height, width).");
        int channels = inputShape[0], height = inputShape[1], width = inputShape[2];
        int outHeight, outWidth, padTop = 0, padLeft = 0;
        if (Padding == Padding.Valid)
        {
            if (height < KernelSize || width < KernelSize)
                throw new ArgumentException($"{Name}: a {KernelSize}×{KernelSize} kernel does not fit a {height}×{width} image with valid padding.");
            outHeight = (height - KernelSize) / Stride + 1;
            outWidth = (width - KernelSize) / Stride + 1;
        }
        else
        {
            outHeight = (height + Stride - 1) / Stride;
            outWidth = (width + Stride - 1) / Stride;
            padTop = Math.Max((outHeight - 1) * Stride + KernelSize - height, 0) / 2;
            padLeft = Math.Max((outWidth - 1) * Stride + KernelSize - width, 0) / 2;
        }
        geometry = new Im2Col(channels, height, width, KernelSize, Stride, padTop, padLeft, outHeight, outWidth);
        weights = AddParameter("W", geometry.Taps, Filters, WeightDecay);
        bias = AddParameter("b", 1, Filters);
        WeightInit.Fill<T>(weights.ValueStorage, Initializer, Activation, fanIn: geometry.Taps, fanOut: Filters * KernelSize * KernelSize, random);
        return new Shape(Filters, outHeight, outWidth);
    }

    private protected override void ReleaseBuffersCore() =>
        cols = dCols = Zrows = Z = A = dZ = dZrows = dX = externalDZrows = null;

    // cols = im2col(X)   N×(C·H·W) → (N·P)×(C·k·k)
    // Z = cols · W + b   ((N·P)×(C·k·k))((C·k·k)×F) → (N·P)×F, the same memory as N×(F·P);   A = f(Z)
    protected override Matrix<T> ForwardCore(Matrix<T> X, bool training)
    {
        int n = X.RowCount, positions = geometry.Positions;
        Matrix<T> patches = Reuse(ref cols, n * positions, geometry.Taps);
        geometry.Fill(Data(X), Data(patches), n);
        Matrix<T> zRows = EnsureTwoViews(ref Zrows, ref Z, n);
        patches.Multiply(weights!.Value, zRows);
        Dense<T>.AddBiasToRows(Data(zRows), bias!.ValueStorage, n * positions);
        if (Activation is Linear) return Z!;
        Matrix<T> a = Reuse(ref A, n, Filters * positions);
        Activation.Forward(Z!, a);
        return a;
    }

    // dL/dZ = dL/dA ⊙ f′(Z)   N×(F·P)
    protected override Matrix<T>? BackwardCore(Matrix<T> dA, bool needInputGradient)
    {
        if (Activation is Linear) return BackwardFromPreActivationCore(dA, needInputGradient);
        Matrix<T> dzRows = EnsureTwoViews(ref dZrows, ref dZ, dA.RowCount);
        Activation.Backward(Z!, A!, dA, dZ!);
        return BackwardRows(dzRows, dA.RowCount, needInputGradient);
    }

    protected override Matrix<T>? BackwardFromPreActivationCore(Matrix<T> dZ, bool needInputGradient)
    {
        int n = dZ.RowCount;
        // View the caller's N×(F·P) gradient as (N·P)×F without copying; the wrapper is kept while the array is the same.
        if (externalDZrows is null || !ReferenceEquals(externalDZrows.AsColumnMajorArray(), Data(dZ)))
            externalDZrows = Matrix<T>.Build.Dense(n * geometry.Positions, Filters, Data(dZ));
        return BackwardRows(externalDZrows, n, needInputGradient);
    }

    private Matrix<T>? BackwardRows(Matrix<T> dzRows, int n, bool needInputGradient)
    {
        // dL/dW = colsᵀ · dL/dZ   ((C·k·k)×(N·P))((N·P)×F) → (C·k·k)×F
        cols!.TransposeThisAndMultiply(dzRows, weights!.Gradient);
        // dL/db = Σ over rows (every sample and position) of dL/dZ   → 1×F
        Dense<T>.SumRows(Data(dzRows), bias!.GradientStorage, dzRows.RowCount);
        if (!needInputGradient) return null;
        // dL/dcols = dL/dZ · Wᵀ   ((N·P)×F)(F×(C·k·k)) → (N·P)×(C·k·k)
        Matrix<T> dPatches = Reuse(ref dCols, dzRows.RowCount, geometry.Taps);
        dzRows.TransposeAndMultiply(weights.Value, dPatches);
        // dL/dX = col2im(dL/dcols)   → N×(C·H·W)
        Matrix<T> dx = Reuse(ref dX, n, InputShape!.Size);
        geometry.Accumulate(Data(dPatches), Data(dx), n);
        return dx;
    }

    /// <summary>Allocates (when the batch size changes) one array seen both as (N·P)×F and as N×(F·P).</summary>
    private Matrix<T> EnsureTwoViews(ref Matrix<T>? rows, ref Matrix<T>? batch, int n)
    {
        int positions = geometry.Positions;
        if (rows is null || batch is null || batch.RowCount != n)
        {
            var storage = new T[n * positions * Filters];
            rows = Matrix<T>.Build.Dense(n * positions, Filters, storage);
            batch = Matrix<T>.Build.Dense(n, Filters * positions, storage);
        }
        return rows;
    }

    private InvalidOperationException NotBuilt() =>
        new($"{Name} has no weights yet: it is built when its input shape is known (inputShape:, or inside a Sequential).");
}
