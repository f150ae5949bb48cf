using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Data;

/// <summary>One-hot encoding: label k of C classes becomes the row (0, …, 0, 1, 0, …, 0) with the 1 in column k.</summary>
public static class OneHot
{
    /// <summary>A labels.Length × classes matrix with row i one-hot at column labels[i].</summary>
    /// <exception cref="ArgumentException">A label is outside 0..classes−1 (the message names its index).</exception>
    public static Matrix<float> Encode(IReadOnlyList<int> labels, int classes)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 1);
        CheckRange(labels, classes, nameof(labels));
        var y = Matrix<float>.Build.Dense(labels.Count, classes);
        for (int i = 0; i < labels.Count; i++)
        {
            y[i, labels[i]] = 1f;
        }
        return y;
    }

    /// <summary>The column of the largest value in each row (the predicted class of a probability or one-hot row).</summary>
    public static int[] Decode(Matrix<float> y)
    {
        ArgumentNullException.ThrowIfNull(y);
        var labels = new int[y.RowCount];
        for (int i = 0; i < y.RowCount; i++)
        {
            int best = 0;
            for (int j = 1; j < y.ColumnCount; j++)
            {
                if (y[i, j] > y[i, best])
                {
                    best = j;
                }
            }
            labels[i] = best;
        }
        return labels;
    }

    internal static void CheckRange(IReadOnlyList<int> labels, int classes, string argument)
    {
        for (int i = 0; i < labels.Count; i++)
        {
            if ((uint)labels[i] >= (uint)classes)
            {
                throw new ArgumentException($"{argument}[{i}] is {labels[i]}, outside the {classes} classes 0..{classes - 1}.", argument);
            }
        }
    }
}
