using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Training;

/// <summary>
/// A number reported per epoch next to the loss (not trained on), averaged over samples.
/// Its <see cref="Name"/> is the key in <see cref="History"/> and in evaluation results (<c>accuracy</c>, <c>val_accuracy</c>).
/// </summary>
public abstract class Metric
{
    /// <summary>The fraction of samples classified right: argmax ŷ = argmax y, or for one output (ŷ ≥ ½) = (y ≥ ½).</summary>
    public static Metric Accuracy { get; } = new global::NotebookKit.Training.Accuracy();

    /// <summary>1/(n·k) Σ |ŷ − y|, for regression.</summary>
    public static Metric MeanAbsoluteError { get; } = new global::NotebookKit.Training.MeanAbsoluteError();

    /// <summary>The key in logs and history, e.g. <c>accuracy</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The metric's mean over the rows of <paramref name="predictions"/> (probabilities, not logits).</summary>
    public abstract double Compute<T>(Matrix<T> predictions, Matrix<T> targets) where T : struct, IFloatingPointIeee754<T>;

    public override string ToString() => Name;
}
