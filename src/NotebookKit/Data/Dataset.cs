using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Localization;
using NotebookKit.Training;

namespace NotebookKit.Data;

/// <summary>
/// Samples and their labels: <see cref="X"/> has one row per sample, <see cref="Labels"/> one class index per
/// sample, <see cref="Y"/> the same labels one-hot. Image datasets also carry <see cref="Image"/>, the shape
/// of one row as a picture, so a notebook can draw them.
/// </summary>
/// <remarks>
/// A data set also keeps its samples row-major (as much memory as X again), the layout <c>Fit</c> reads batches
/// from; it is checked against X before each use, so changing X in place is always seen.
/// </remarks>
public sealed class Dataset
{
    private Matrix<float>? y;

    /// <summary>Wraps samples and labels; checks that they agree.</summary>
    /// <exception cref="ArgumentException">Row and label counts differ, a label is outside 0..classes−1,
    /// or the image shape does not match the row length.</exception>
    public Dataset(string name, Matrix<float> x, int[] labels, IReadOnlyList<string> classNames,
        ImageShape? image = null, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(classNames);
        if (labels.Length != x.RowCount)
        {
            throw new ArgumentException($"Dataset '{name}': X has {x.RowCount} rows but there are {labels.Length} labels.", nameof(labels));
        }
        if (classNames.Count < 1)
        {
            throw new ArgumentException($"Dataset '{name}': needs at least one class name.", nameof(classNames));
        }
        OneHot.CheckRange(labels, classNames.Count, nameof(labels));
        if (image is { } shape && shape.Size != x.ColumnCount)
        {
            throw new ArgumentException(
                $"Dataset '{name}': image shape {shape} holds {shape.Size} values but each row of X has {x.ColumnCount}.", nameof(image));
        }
        Name = name;
        X = x;
        RowMajorCopy.Attach(x); // the layout Fit's batch gather reads, made here as NumPy has it from loading
        Labels = labels;
        ClassNames = classNames;
        Image = image;
        Source = source;
    }

    /// <summary>A short name, e.g. "Fashion-MNIST test".</summary>
    public string Name { get; }

    /// <summary>The samples, one per row (count × features).</summary>
    public Matrix<float> X { get; }

    /// <summary>The class index of each sample, 0..<see cref="ClassCount"/>−1.</summary>
    public int[] Labels { get; }

    /// <summary>The labels one-hot (count × classes): row i has a 1 in column Labels[i]. Built on first use.</summary>
    public Matrix<float> Y => y ??= WithRowMajorCopy(OneHot.Encode(Labels, ClassCount));

    /// <summary>The labels as one column (count × 1) of 0/1/2…: the target of a single sigmoid output.</summary>
    public Matrix<float> LabelColumn => Matrix<float>.Build.Dense(Count, 1, (i, _) => Labels[i]);

    /// <summary>A name for each class index.</summary>
    public IReadOnlyList<string> ClassNames { get; }

    /// <summary>How many classes there are.</summary>
    public int ClassCount => ClassNames.Count;

    /// <summary>How many samples (rows of X).</summary>
    public int Count => X.RowCount;

    /// <summary>Values per sample (columns of X).</summary>
    public int Features => X.ColumnCount;

    /// <summary>For image datasets, the shape of one row as an image; null otherwise.</summary>
    public ImageShape? Image { get; }

    /// <summary>Where the data come from and its licence, for credit; null for generated data.</summary>
    public string? Source { get; }

    /// <summary>The first <paramref name="count"/> samples.</summary>
    public Dataset Take(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, Count);
        return Subset(Enumerable.Range(0, count).ToArray(), Name);
    }

    /// <summary>The samples at <paramref name="rows"/>, in that order.</summary>
    public Dataset Subset(IReadOnlyList<int> rows) => Subset(rows, Name);

    /// <summary>The same samples in an order fixed by <paramref name="seed"/>.</summary>
    public Dataset Shuffle(int seed) => Subset(DataSplit.Permutation(Count, seed), Name);

    /// <summary>
    /// Shuffles with <paramref name="seed"/>, then puts the first ⌈testFraction·count⌉ samples in Test and the rest in Train.
    /// </summary>
    public (Dataset Train, Dataset Test) Split(double testFraction, int seed)
    {
        var (train, test) = DataSplit.Indices(Count, testFraction, seed);
        return (Subset(train, Name + " (train)"), Subset(test, Name + " (test)"));
    }

    /// <summary>Channel <paramref name="channel"/> of sample <paramref name="index"/> as a height × width array.</summary>
    /// <exception cref="InvalidOperationException">The dataset is not made of images.</exception>
    public float[,] Pixels(int index, int channel = 0)
    {
        var shape = Image ?? throw new InvalidOperationException($"Dataset '{Name}' has no image shape: its rows are not images.");
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        ArgumentOutOfRangeException.ThrowIfNegative(channel);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(channel, shape.Channels);
        var pixels = new float[shape.Height, shape.Width];
        int offset = channel * shape.Height * shape.Width;
        for (int r = 0; r < shape.Height; r++)
        {
            for (int c = 0; c < shape.Width; c++)
            {
                pixels[r, c] = X[index, offset + r * shape.Width + c];
            }
        }
        return pixels;
    }

    public override string ToString() =>
        KitText.Format("Dataset_Summary", Name, Count, Features, ClassCount) + (Image is { } s ? KitText.Format("Dataset_Images", s) : "");

    private static Matrix<float> WithRowMajorCopy(Matrix<float> m)
    {
        RowMajorCopy.Attach(m);
        return m;
    }

    private Dataset Subset(IReadOnlyList<int> rows, string name) =>
        new(name, DataSplit.SelectRows(X, rows), rows.Select(i => Labels[i]).ToArray(), ClassNames, Image, Source);
}
