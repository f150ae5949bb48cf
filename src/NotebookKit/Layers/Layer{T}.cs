using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Layers;

/// <summary>
/// A layer maps a batch X (n×in, one row per sample) to A (n×out) in <see cref="Forward"/>, and in
/// <see cref="Backward"/> maps dL/dA back to dL/dX while filling dL/dθ for each of its <see cref="Parameters"/>.
/// </summary>
/// <remarks>
/// Public entry points validate shapes and name the layer in their errors; subclasses write the math in
/// <see cref="ForwardCore"/> and <see cref="BackwardCore"/>. Outputs are buffers the layer reuses from batch to
/// batch (no allocation per step), so a caller that keeps a result across calls must copy it.
/// </remarks>
public abstract class Layer<T> : Layer where T : struct, IFloatingPointIeee754<T>
{
    private readonly List<Parameter<T>> parameters = [];
    private int lastBatchRows = -1;

    protected Layer(string kind, Shape? declaredInputShape) : base(kind, declaredInputShape)
    {
    }

    /// <summary>The trainable tensors (W, b, …) in a fixed order; empty for layers without parameters.</summary>
    public IReadOnlyList<Parameter<T>> Parameters => parameters;

    public override int ParameterCount => parameters.Sum(p => p.Length);

    /// <summary>The output of the last <see cref="Forward"/> (a reused buffer), or null before the first.</summary>
    internal Matrix<T>? LastOutput { get; private set; }

    /// <summary>
    /// Fixes the input shape, allocates the parameters and initialises them from <paramref name="seed"/>
    /// (same seed, same weights). Building again re-initialises.
    /// </summary>
    public void Build(Shape inputShape, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(inputShape);
        if (DeclaredInputShape is not null && !DeclaredInputShape.Equals(inputShape))
            throw new ArgumentException(
                $"{Name} was declared with input shape {DeclaredInputShape} but is being built for {inputShape}.", nameof(inputShape));
        parameters.Clear();
        lastBatchRows = -1;
        LastOutput = null;
        InputShape = inputShape;
        OutputShape = BuildCore(inputShape, new Random(seed));
    }

    /// <summary>Computes the layer's output for a batch X (n × InputShape.Size), training mode on or off (Dropout).</summary>
    public Matrix<T> Forward(Matrix<T> X, bool training = false)
    {
        ArgumentNullException.ThrowIfNull(X);
        EnsureBuilt();
        int expected = InputShape!.Size;
        if (X.ColumnCount != expected)
        {
            string what = InputShape.Rank == 1 ? $"{expected} inputs" : $"{expected} inputs ({InputShape})";
            throw new ArgumentException(
                $"{Name} expects {what}, got {X.ColumnCount} (input shape {X.RowCount}×{X.ColumnCount}).", nameof(X));
        }
        if (X.RowCount == 0)
            throw new ArgumentException($"{Name} got an empty batch (0 rows).", nameof(X));
        if (X.AsColumnMajorArray() is null)
            throw new ArgumentException($"{Name} needs a dense matrix; convert with Matrix.ToDense or build it with Matrix<T>.Build.Dense.", nameof(X));
        lastBatchRows = X.RowCount;
        LastOutput = ForwardCore(X, training);
        return LastOutput;
    }

    /// <summary>Given dL/dA for the last forward batch, fills each parameter's gradient and returns dL/dX.</summary>
    public Matrix<T> Backward(Matrix<T> dA) => BackwardChecked(dA, needInputGradient: true)!;

    internal Matrix<T>? BackwardChecked(Matrix<T> dA, bool needInputGradient)
    {
        ArgumentNullException.ThrowIfNull(dA);
        CheckGradientShape(dA, "dL/dA");
        return BackwardCore(dA, needInputGradient);
    }

    /// <summary>
    /// Backward from dL/dZ, the gradient before the output activation: what a fused loss (softmax + cross-entropy,
    /// sigmoid + binary cross-entropy) hands over as ŷ − y. Only layers with an <see cref="Layer.OutputActivation"/> support it.
    /// </summary>
    internal Matrix<T>? BackwardFromPreActivation(Matrix<T> dZ, bool needInputGradient)
    {
        CheckGradientShape(dZ, "dL/dZ");
        return BackwardFromPreActivationCore(dZ, needInputGradient);
    }

    /// <summary>
    /// Lets go of everything kept from the last batch: the reused outputs and what <see cref="Backward"/> reads.
    /// <c>Fit</c>, <c>Evaluate</c> and <c>Predict</c> call it when they end, so a trained model kept in a variable
    /// holds only its parameters, not buffers sized for its last (often 256-row inference) batch.
    /// </summary>
    internal void ReleaseBuffers()
    {
        lastBatchRows = -1;
        LastOutput = null;
        ReleaseBuffersCore();
    }

    /// <summary>Drops the layer's own batch buffers; the next <see cref="Forward"/> allocates them again.</summary>
    private protected virtual void ReleaseBuffersCore()
    {
    }

    /// <summary>Sets a fresh random stream for layers that draw at training time (Dropout); others ignore it.</summary>
    internal virtual void Reseed(int seed)
    {
    }

    /// <summary>Returns the output shape for <paramref name="inputShape"/> after validating it and adding the parameters.</summary>
    protected abstract Shape BuildCore(Shape inputShape, Random random);

    /// <summary>The forward math on a validated batch.</summary>
    protected abstract Matrix<T> ForwardCore(Matrix<T> X, bool training);

    /// <summary>The backward math: fill parameter gradients, return dL/dX (or null when not needed).</summary>
    protected abstract Matrix<T>? BackwardCore(Matrix<T> dA, bool needInputGradient);

    /// <summary>Backward from dL/dZ; overridden by layers with an output activation.</summary>
    protected virtual Matrix<T>? BackwardFromPreActivationCore(Matrix<T> dZ, bool needInputGradient) =>
        throw new InvalidOperationException($"{Name} has no output activation to fuse with the loss.");

    /// <summary>Adds a trainable tensor; call from <see cref="BuildCore"/>.</summary>
    protected Parameter<T> AddParameter(string name, int rows, int columns, double weightDecay = 0)
    {
        var p = new Parameter<T>(name, rows, columns, weightDecay);
        parameters.Add(p);
        return p;
    }

    /// <summary>Returns <paramref name="buffer"/> if it already has the shape, else a new dense matrix (kept by the caller).</summary>
    protected static Matrix<T> Reuse(ref Matrix<T>? buffer, int rows, int columns)
    {
        if (buffer is null || buffer.RowCount != rows || buffer.ColumnCount != columns)
            buffer = Matrix<T>.Build.Dense(rows, columns);
        return buffer;
    }

    /// <summary>The column-major storage of a dense matrix (the layers only ever hold dense ones).</summary>
    protected static T[] Data(Matrix<T> m) =>
        m.AsColumnMajorArray() ?? throw new ArgumentException("Expected a dense matrix.", nameof(m));

    private void EnsureBuilt()
    {
        if (IsBuilt) return;
        if (DeclaredInputShape is null)
            throw new InvalidOperationException(
                $"{Name} does not know its input shape yet: give it one (inputs: / inputShape:) or put it in a Sequential after a layer that does.");
        Build(DeclaredInputShape);
    }

    private void CheckGradientShape(Matrix<T> gradient, string what)
    {
        if (lastBatchRows < 0)
            throw new InvalidOperationException($"{Name}: call Forward before Backward.");
        int columns = OutputShape!.Size;
        if (gradient.RowCount != lastBatchRows || gradient.ColumnCount != columns)
            throw new ArgumentException(
                $"{Name} expects {what} of shape {lastBatchRows}×{columns} (the last forward batch), got {gradient.RowCount}×{gradient.ColumnCount}.");
    }
}
