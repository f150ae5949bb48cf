using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Training;

/// <summary>mae = 1/(n·k) Σᵢⱼ |ŷᵢⱼ − yᵢⱼ|.</summary>
public sealed class MeanAbsoluteError : Metric
{
    public override string Name => "mae";

    public override double Compute<T>(Matrix<T> predictions, Matrix<T> targets)
    {
        if (predictions.RowCount != targets.RowCount || predictions.ColumnCount != targets.ColumnCount)
            throw new ArgumentException(
                $"mae: predictions are {predictions.RowCount}×{predictions.ColumnCount} but targets are {targets.RowCount}×{targets.ColumnCount}.");
        double sum = 0;
        for (int j = 0; j < predictions.ColumnCount; j++)
            for (int i = 0; i < predictions.RowCount; i++)
                sum += Math.Abs(double.CreateTruncating(predictions[i, j] - targets[i, j]));
        return sum / ((double)predictions.RowCount * predictions.ColumnCount);
    }
}
