using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Training;

/// <summary>
/// accuracy = (1/n) Σᵢ [class(ŷᵢ) = class(yᵢ)], where class is argmax over the row, or for a single output
/// column the threshold ŷ ≥ ½.
/// </summary>
public sealed class Accuracy : Metric
{
    public override string Name => "accuracy";

    public override double Compute<T>(Matrix<T> predictions, Matrix<T> targets)
    {
        if (predictions.RowCount != targets.RowCount || predictions.ColumnCount != targets.ColumnCount)
            throw new ArgumentException(
                $"accuracy: predictions are {predictions.RowCount}×{predictions.ColumnCount} but targets are {targets.RowCount}×{targets.ColumnCount}.");
        int n = predictions.RowCount;
        if (n == 0) throw new ArgumentException("accuracy: empty batch.");
        int correct = 0;
        for (int i = 0; i < n; i++)
            if (ClassOf(predictions, i) == ClassOf(targets, i)) correct++;
        return (double)correct / n;
    }

    /// <summary>The class a row stands for: argmax, or 0/1 by the ½ threshold for one column.</summary>
    internal static int ClassOf<T>(Matrix<T> m, int row) where T : struct, IFloatingPointIeee754<T>
    {
        T half = T.CreateTruncating(0.5);
        if (m.ColumnCount == 1) return m[row, 0] >= half ? 1 : 0;
        int best = 0;
        for (int j = 1; j < m.ColumnCount; j++)
            if (m[row, j] > m[row, best]) best = j;
        return best;
    }
}
