using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Data;
using NotebookKit.Localization;

namespace NotebookKit.Display;

/// <summary>
/// Images shown as a grid of small pictures with their labels — and, given predictions, the predicted label,
/// marked when wrong. Rows of X are images laid out as the <see cref="ImageShape"/> says (channels, then rows).
/// A <see cref="Dataset"/> of images displays as one of these; use it directly for a batch or for predictions.
/// </summary>
public sealed class ImageGrid
{
    public ImageGrid(Matrix<float> X, ImageShape shape, int[] labels, IReadOnlyList<string>? classNames = null,
        int[]? predictions = null, int count = 32, int start = 0, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(X);
        ArgumentNullException.ThrowIfNull(labels);
        if (shape.Size != X.ColumnCount)
            throw new ArgumentException($"Image shape {shape} holds {shape.Size} values but each row of X has {X.ColumnCount}.", nameof(shape));
        if (shape.Channels is not (1 or 3))
            throw new ArgumentException($"Images need 1 (grey) or 3 (RGB) channels; shape {shape} has {shape.Channels}.", nameof(shape));
        if (labels.Length != X.RowCount)
            throw new ArgumentException($"X has {X.RowCount} rows but there are {labels.Length} labels.", nameof(labels));
        if (predictions is not null && predictions.Length != X.RowCount)
            throw new ArgumentException($"X has {X.RowCount} rows but there are {predictions.Length} predictions.", nameof(predictions));
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "count must be at least 1.");
        if (start < 0 || start >= X.RowCount) throw new ArgumentOutOfRangeException(nameof(start), start, $"start must be in 0..{X.RowCount - 1}.");
        this.X = X;
        Shape = shape;
        Labels = labels;
        ClassNames = classNames;
        Predictions = predictions;
        Start = start;
        Count = Math.Min(count, X.RowCount - start);
        Title = title ?? KitText.Format("ImageGrid_Title", Count, X.RowCount);
    }

    /// <summary>The first <paramref name="count"/> images of an image dataset (from <paramref name="start"/>).</summary>
    public ImageGrid(Dataset data, int[]? predictions = null, int count = 32, int start = 0)
        : this((data ?? throw new ArgumentNullException(nameof(data))).X,
               data.Image ?? throw new ArgumentException($"Dataset '{data.Name}' has no image shape: its rows are not images.", nameof(data)),
               data.Labels, data.ClassNames, predictions, count, start, KitText.Format("ImageGrid_DatasetTitle", data.Name, Math.Min(count, data.Count - start), data.Count))
    {
    }

    public Matrix<float> X { get; }
    public ImageShape Shape { get; }
    public int[] Labels { get; }
    public IReadOnlyList<string>? ClassNames { get; }
    public int[]? Predictions { get; }
    public int Start { get; }
    public int Count { get; }
    public string Title { get; }

    /// <summary>The name of class <paramref name="c"/> (its number when the classes have no names).</summary>
    public string Name(int c) => ClassNames is { } names && c >= 0 && c < names.Count ? names[c] : c.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Sample <paramref name="row"/> as a PNG: values scaled from the image's own min–max to 0–255.</summary>
    public byte[] Png(int row)
    {
        int h = Shape.Height, w = Shape.Width, channels = Shape.Channels, plane = h * w;
        float lo = float.MaxValue, hi = float.MinValue;
        for (int k = 0; k < X.ColumnCount; k++)
        {
            float v = X[row, k];
            if (float.IsFinite(v)) { lo = Math.Min(lo, v); hi = Math.Max(hi, v); }
        }
        float range = hi > lo ? hi - lo : 1;
        var pixels = new byte[plane * channels];
        for (int r = 0; r < h; r++)
            for (int c = 0; c < w; c++)
                for (int ch = 0; ch < channels; ch++)
                {
                    float v = X[row, ch * plane + r * w + c];
                    pixels[(r * w + c) * channels + ch] = float.IsFinite(v) ? (byte)Math.Round(255 * (v - lo) / range) : (byte)0;
                }
        return Rendering.Png.Encode(pixels, w, h, channels);
    }
}
