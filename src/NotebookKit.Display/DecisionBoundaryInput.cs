using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Display;

/// <summary>What a decision-boundary picture, still or live, asks of its points: one check, one set of messages.</summary>
internal static class DecisionBoundaryInput
{
    public static void Check(Matrix<float> X, int[] labels, int resolution)
    {
        ArgumentNullException.ThrowIfNull(X);
        ArgumentNullException.ThrowIfNull(labels);
        if (X.ColumnCount != 2)
            throw new ArgumentException($"A decision boundary needs 2-D points: X has {X.ColumnCount} columns, expected 2.", nameof(X));
        if (labels.Length != X.RowCount)
            throw new ArgumentException($"X has {X.RowCount} rows but there are {labels.Length} labels.", nameof(labels));
        if (resolution < 2) throw new ArgumentOutOfRangeException(nameof(resolution), resolution, "resolution must be at least 2.");
    }
}
