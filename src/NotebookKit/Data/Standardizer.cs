using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Data;

/// <summary>
/// Standardisation: x' = (x − μ) / σ per feature (column), with μ and σ measured on the training data only
/// and then applied unchanged to validation and test data — otherwise the test set leaks into training.
/// </summary>
public sealed class Standardizer
{
    private Standardizer(float[] mean, float[] std)
    {
        Mean = mean;
        Std = std;
    }

    /// <summary>μ: the mean of each column of the data given to <see cref="Fit"/>.</summary>
    public IReadOnlyList<float> Mean { get; }

    /// <summary>σ: the (population) standard deviation of each column; 1 where a column is constant, so it maps to 0.</summary>
    public IReadOnlyList<float> Std { get; }

    /// <summary>Measures μ and σ of each column of <paramref name="x"/>.</summary>
    public static Standardizer Fit(Matrix<float> x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var mean = new float[x.ColumnCount];
        var std = new float[x.ColumnCount];
        for (int c = 0; c < x.ColumnCount; c++)
        {
            double sum = 0, sumSquares = 0;
            for (int r = 0; r < x.RowCount; r++)
            {
                sum += x[r, c];
            }
            double mu = sum / x.RowCount;
            for (int r = 0; r < x.RowCount; r++)
            {
                double d = x[r, c] - mu;
                sumSquares += d * d;
            }
            double sigma = Math.Sqrt(sumSquares / x.RowCount);
            mean[c] = (float)mu;
            std[c] = sigma > 1e-8 ? (float)sigma : 1f;
        }
        return new Standardizer(mean, std);
    }

    /// <summary>A new matrix (x − μ) / σ, column by column.</summary>
    /// <exception cref="ArgumentException"><paramref name="x"/> has a different number of columns than the fitted data.</exception>
    public Matrix<float> Transform(Matrix<float> x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.ColumnCount != Mean.Count)
        {
            throw new ArgumentException($"Standardizer was fitted on {Mean.Count} features, got {x.ColumnCount}.", nameof(x));
        }
        return Matrix<float>.Build.Dense(x.RowCount, x.ColumnCount, (r, c) => (x[r, c] - Mean[c]) / Std[c]);
    }
}
