using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Activations;

namespace NotebookKit.Losses;

/// <summary>
/// A loss L(ŷ, y): one number saying how far the predictions ŷ (n×k) are from the targets y (n×k), averaged over
/// the batch, and its gradient dL/dŷ that starts backpropagation.
/// </summary>
/// <remarks>
/// Shared instances: <see cref="MeanSquaredError"/>, <see cref="BinaryCrossEntropy"/>, <see cref="CategoricalCrossEntropy"/>
/// (from probabilities: the output layer ends in sigmoid / softmax) and the <c>…FromLogits</c> variants (the output
/// layer is linear; the loss applies sigmoid / log-softmax itself, stably).
/// </remarks>
public abstract class Loss
{
    /// <summary>L = 1/(n·k) Σ (ŷ − y)².</summary>
    public static Loss MeanSquaredError { get; } = new global::NotebookKit.Losses.MeanSquaredError();

    /// <summary>L = −1/(n·k) Σ [y log ŷ + (1 − y) log(1 − ŷ)], ŷ from a sigmoid output.</summary>
    public static Loss BinaryCrossEntropy { get; } = new global::NotebookKit.Losses.BinaryCrossEntropy();

    /// <summary>Binary cross-entropy on logits z (a linear output): L = 1/(n·k) Σ [max(z, 0) − z·y + log(1 + e^−|z|)].</summary>
    public static Loss BinaryCrossEntropyFromLogits { get; } = new global::NotebookKit.Losses.BinaryCrossEntropy(fromLogits: true);

    /// <summary>L = −1/n Σᵢ Σⱼ yᵢⱼ log ŷᵢⱼ, ŷ from a softmax output, y one-hot.</summary>
    public static Loss CategoricalCrossEntropy { get; } = new global::NotebookKit.Losses.CategoricalCrossEntropy();

    /// <summary>Categorical cross-entropy on logits z: L = 1/n Σᵢ Σⱼ yᵢⱼ (logΣₖe^zᵢₖ − zᵢⱼ).</summary>
    public static Loss CategoricalCrossEntropyFromLogits { get; } = new global::NotebookKit.Losses.CategoricalCrossEntropy(fromLogits: true);

    protected Loss(bool fromLogits) => FromLogits = fromLogits;

    /// <summary>The loss's name, e.g. <c>binary cross-entropy</c>.</summary>
    public abstract string Name { get; }

    /// <summary>True when the model's output is raw logits and the loss applies the squashing itself.</summary>
    public bool FromLogits { get; }

    /// <summary>L(ŷ, y), the mean over the batch (accumulated in double).</summary>
    public double Compute<T>(Matrix<T> predictions, Matrix<T> targets) where T : struct, IFloatingPointIeee754<T>
    {
        CheckShapes(predictions, targets);
        return ComputeCore(Data(predictions), Data(targets), predictions.RowCount, predictions.ColumnCount);
    }

    /// <summary>Writes dL/dŷ (n×k) into <paramref name="gradient"/>.</summary>
    public void Gradient<T>(Matrix<T> predictions, Matrix<T> targets, Matrix<T> gradient) where T : struct, IFloatingPointIeee754<T>
    {
        CheckShapes(predictions, targets);
        CheckShapes(predictions, gradient);
        GradientCore(Data(predictions), Data(targets), Data(gradient), predictions.RowCount, predictions.ColumnCount);
    }

    /// <summary>
    /// Throws if a target is impossible for this loss (cross-entropies need y in [0, 1]), naming the row and column.
    /// </summary>
    public virtual void ValidateTargets<T>(Matrix<T> targets, string argumentName) where T : struct, IFloatingPointIeee754<T>
    {
        T[] y = Data(targets);
        for (int i = 0; i < y.Length; i++)
            if (!T.IsFinite(y[i]))
                throw new ArgumentException($"Target at row {i % targets.RowCount}, column {i / targets.RowCount} is {y[i]}; targets must be finite.", argumentName);
    }

    /// <summary>
    /// True if, after <paramref name="outputActivation"/>, this loss has the simple gradient dL/dZ = (ŷ − y)/scale
    /// (softmax + categorical CE, sigmoid + binary CE): the model then skips both Jacobians — faster and exact even
    /// where ŷ saturates.
    /// </summary>
    internal virtual bool FusesWith(Activation outputActivation) => false;

    /// <summary>Writes the fused dL/dZ = (ŷ − y) / scale; only called when <see cref="FusesWith"/> is true.</summary>
    internal virtual void FusedGradient<T>(Matrix<T> predictions, Matrix<T> targets, Matrix<T> gradient) where T : struct, IFloatingPointIeee754<T> =>
        throw new InvalidOperationException($"{Name} has no fused gradient.");

    /// <summary>Turns the model's output into probabilities for metrics (applies sigmoid / softmax to logits).</summary>
    internal virtual void ToProbabilities<T>(Matrix<T> output, Matrix<T> probabilities) where T : struct, IFloatingPointIeee754<T> =>
        output.CopyTo(probabilities);

    protected abstract double ComputeCore<T>(T[] yhat, T[] y, int n, int k) where T : struct, IFloatingPointIeee754<T>;

    protected abstract void GradientCore<T>(T[] yhat, T[] y, T[] gradient, int n, int k) where T : struct, IFloatingPointIeee754<T>;

    public override string ToString() => Name;

    private protected static T[] Data<T>(Matrix<T> m) where T : struct, IFloatingPointIeee754<T> =>
        m.AsColumnMajorArray() ?? throw new ArgumentException("Losses work on dense matrices.", nameof(m));

    private protected static void CheckTargetsInUnitInterval<T>(Matrix<T> targets, string argumentName, string loss)
        where T : struct, IFloatingPointIeee754<T>
    {
        T[] y = Data(targets);
        for (int i = 0; i < y.Length; i++)
            if (!(y[i] >= T.Zero && y[i] <= T.One))
                throw new ArgumentException(
                    $"{loss} needs targets in [0, 1] (probabilities or one-hot labels), got {y[i]} at row {i % targets.RowCount}, column {i / targets.RowCount}."
                    + (y[i] > T.One ? " Class indices must be one-hot encoded first." : ""), argumentName);
    }

    private void CheckShapes<T>(Matrix<T> a, Matrix<T> b) where T : struct, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.RowCount != b.RowCount || a.ColumnCount != b.ColumnCount)
            throw new ArgumentException($"{Name}: predictions are {a.RowCount}×{a.ColumnCount} but targets are {b.RowCount}×{b.ColumnCount}.");
        if (a.RowCount == 0)
            throw new ArgumentException($"{Name}: empty batch.");
    }
}
