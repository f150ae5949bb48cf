using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Data;

/// <summary>Seeded shuffles and train/test splits of matrices with one row per sample.</summary>
public static class DataSplit
{
    /// <summary>
    /// Shuffles the rows of <paramref name="x"/> and <paramref name="y"/> together with <paramref name="seed"/>, then
    /// returns the first ⌈testFraction·n⌉ as the test set and the rest as the training set.
    /// </summary>
    public static (Matrix<float> XTrain, Matrix<float> YTrain, Matrix<float> XTest, Matrix<float> YTest) TrainTest(
        Matrix<float> x, Matrix<float> y, double testFraction, int seed)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.RowCount != y.RowCount)
        {
            throw new ArgumentException($"x has {x.RowCount} rows but y has {y.RowCount}; they must describe the same samples.", nameof(y));
        }
        var (train, test) = Indices(x.RowCount, testFraction, seed);
        return (SelectRows(x, train), SelectRows(y, train), SelectRows(x, test), SelectRows(y, test));
    }

    /// <summary>The numbers 0..count−1 in an order fixed by <paramref name="seed"/> (Fisher–Yates).</summary>
    public static int[] Permutation(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var order = Enumerable.Range(0, count).ToArray();
        var random = new Random(seed);
        for (int i = count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }

    /// <summary>A new matrix holding the rows of <paramref name="m"/> listed in <paramref name="rows"/>, in that order.</summary>
    public static Matrix<float> SelectRows(Matrix<float> m, IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(rows);
        int n = m.RowCount;
        foreach (int r in rows)
        {
            if ((uint)r >= (uint)n)
            {
                throw new ArgumentOutOfRangeException(nameof(rows), $"row {r} does not exist in a matrix of {n} rows.");
            }
        }
        // Column-major storage: copy column by column so both reads and writes stay in one column.
        var source = m.AsColumnMajorArray() ?? m.ToColumnMajorArray();
        var result = new float[rows.Count * m.ColumnCount];
        for (int c = 0; c < m.ColumnCount; c++)
        {
            int from = c * n;
            int to = c * rows.Count;
            for (int i = 0; i < rows.Count; i++)
            {
                result[to + i] = source[from + rows[i]];
            }
        }
        return Matrix<float>.Build.Dense(rows.Count, m.ColumnCount, result);
    }

    internal static (int[] Train, int[] Test) Indices(int count, double testFraction, int seed)
    {
        if (double.IsNaN(testFraction) || testFraction <= 0 || testFraction >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(testFraction), testFraction, "testFraction must be between 0 and 1 (exclusive), e.g. 0.2.");
        }
        int testCount = (int)Math.Ceiling(testFraction * count);
        if (testCount >= count)
        {
            throw new ArgumentException($"Splitting {count} samples with testFraction {testFraction} leaves no training samples.", nameof(testFraction));
        }
        var order = Permutation(count, seed);
        return (order[testCount..], order[..testCount]);
    }
}
