using System.Globalization;
using System.Numerics;
using System.Text;
using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Localization;

namespace NotebookKit.Training;

/// <summary>
/// Counts of (true class, predicted class) pairs: entry [i, j] is how many samples of class i the model called j.
/// The diagonal is what it got right. Classes come from argmax of each row (or the ½ threshold for one column).
/// </summary>
public sealed class ConfusionMatrix
{
    private readonly int[,] counts;

    private ConfusionMatrix(int[,] counts, IReadOnlyList<string> labels)
    {
        this.counts = counts;
        Labels = labels;
    }

    /// <summary>The number of classes.</summary>
    public int Classes => counts.GetLength(0);

    /// <summary>The class names (default "0", "1", …).</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>How many samples of class <paramref name="actual"/> were predicted as <paramref name="predicted"/>.</summary>
    public int this[int actual, int predicted] => counts[actual, predicted];

    /// <summary>The number of samples counted.</summary>
    public int Total => counts.Cast<int>().Sum();

    /// <summary>The fraction on the diagonal.</summary>
    public double Accuracy => Total == 0 ? 0 : (double)Enumerable.Range(0, Classes).Sum(i => counts[i, i]) / Total;

    /// <summary>Builds the matrix from predictions and targets of the same shape (n×k, or n×1 for two classes).</summary>
    public static ConfusionMatrix Compute<T>(Matrix<T> predictions, Matrix<T> targets, IReadOnlyList<string>? labels = null)
        where T : struct, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(targets);
        if (predictions.RowCount != targets.RowCount || predictions.ColumnCount != targets.ColumnCount)
            throw new ArgumentException(
                $"Predictions are {predictions.RowCount}×{predictions.ColumnCount} but targets are {targets.RowCount}×{targets.ColumnCount}.", nameof(targets));
        int classes = Math.Max(2, predictions.ColumnCount);
        if (labels is not null && labels.Count != classes)
            throw new ArgumentException($"Got {labels.Count} labels for {classes} classes.", nameof(labels));
        var counts = new int[classes, classes];
        for (int i = 0; i < predictions.RowCount; i++)
            counts[Training.Accuracy.ClassOf(targets, i), Training.Accuracy.ClassOf(predictions, i)]++;
        return new ConfusionMatrix(counts, labels ?? Enumerable.Range(0, classes).Select(c => c.ToString(CultureInfo.InvariantCulture)).ToArray());
    }

    /// <summary>The counts as a new array, rows = true class, columns = predicted class.</summary>
    public int[,] ToArray() => (int[,])counts.Clone();

    public override string ToString()
    {
        int width = Math.Max(Labels.Max(TextWidth.Of), counts.Cast<int>().Max().ToString(CultureInfo.InvariantCulture).Length) + 1;
        string corner = KitText.Get("ConfusionMatrix_Corner");
        int first = Math.Max(Labels.Max(TextWidth.Of) + 1, TextWidth.Of(corner) + 1);
        var text = new StringBuilder();
        text.Append(TextWidth.PadRight(corner, first));
        foreach (var label in Labels) text.Append(TextWidth.PadLeft(label, width));
        for (int i = 0; i < Classes; i++)
        {
            text.AppendLine().Append(TextWidth.PadRight(Labels[i], first));
            for (int j = 0; j < Classes; j++) text.Append(counts[i, j].ToString(CultureInfo.InvariantCulture).PadLeft(width));
        }
        return text.ToString();
    }
}
