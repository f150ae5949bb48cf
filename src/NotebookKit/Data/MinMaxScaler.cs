using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Data;

/// <summary>
/// Min–max scaling: x' = (x − min) / (max − min) per feature (column), which maps the training data to [0, 1];
/// min and max come from the training data and are reused for test data.
/// </summary>
public sealed class MinMaxScaler
{
    private MinMaxScaler(float[] min, float[] max)
    {
        Min = min;
        Max = max;
    }

    /// <summary>The smallest value of each column seen by <see cref="Fit"/>.</summary>
    public IReadOnlyList<float> Min { get; }

    /// <summary>The largest value of each column seen by <see cref="Fit"/>.</summary>
    public IReadOnlyList<float> Max { get; }

    /// <summary>Measures min and max of each column of <paramref name="x"/>.</summary>
    public static MinMaxScaler Fit(Matrix<float> x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var min = new float[x.ColumnCount];
        var max = new float[x.ColumnCount];
        for (int c = 0; c < x.ColumnCount; c++)
        {
            min[c] = float.PositiveInfinity;
            max[c] = float.NegativeInfinity;
            for (int r = 0; r < x.RowCount; r++)
            {
                min[c] = Math.Min(min[c], x[r, c]);
                max[c] = Math.Max(max[c], x[r, c]);
            }
        }
        return new MinMaxScaler(min, max);
    }

    /// <summary>A new matrix (x − min) / (max − min); a constant column maps to 0.</summary>
    /// <exception cref="ArgumentException"><paramref name="x"/> has a different number of columns than the fitted data.</exception>
    public Matrix<float> Transform(Matrix<float> x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.ColumnCount != Min.Count)
        {
            throw new ArgumentException($"MinMaxScaler was fitted on {Min.Count} features, got {x.ColumnCount}.", nameof(x));
        }
        return Matrix<float>.Build.Dense(x.RowCount, x.ColumnCount, (r, c) =>
        {
            float range = Max[c] - Min[c];
            return range > 0 ? (x[r, c] - Min[c]) / range : 0f;
        });
    }
}
