using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Data;

/// <summary>
/// Fashion-MNIST (Zalando, 2017, MIT licence): 28×28 grey images of clothing in 10 classes, read from the
/// original gzipped IDX files, each checked against its sha256.
/// </summary>
/// <remarks>
/// Files are looked for in the folder given, then in <see cref="DebianFolder"/> (Debian package
/// <c>dataset-fashion-mnist</c>); the test split is also shipped inside NotebookKit, so it loads anywhere.
/// Nothing is downloaded.
/// </remarks>
public static class FashionMnist
{
    /// <summary>Where Debian's <c>dataset-fashion-mnist</c> installs the files.</summary>
    public const string DebianFolder = "/usr/share/datasets/fashion-mnist";

    /// <summary>Credit line for the data.</summary>
    public const string Source = "Fashion-MNIST (H. Xiao, K. Rasul, R. Vollgraf; Zalando SE, 2017), MIT licence";

    private const int Side = 28;

    /// <summary>The ten class names, in label order.</summary>
    public static IReadOnlyList<string> ClassNames { get; } =
        ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"];

    /// <summary>The 60,000 training images (needs the files: see the remarks).</summary>
    public static Dataset LoadTrain(string? folder = null, bool scale = true) => Load(FashionMnistSplit.Train, folder, scale);

    /// <summary>The 10,000 test images (always available: shipped inside NotebookKit).</summary>
    public static Dataset LoadTest(string? folder = null, bool scale = true) => Load(FashionMnistSplit.Test, folder, scale);

    /// <summary>
    /// Loads a split: X is count × 784 (pixel/255 in [0, 1] when <paramref name="scale"/>, raw 0..255 otherwise),
    /// labels 0..9, image shape 1×28×28 (channels×height×width).
    /// </summary>
    /// <exception cref="FileNotFoundException">The training files are in neither place (the message says where it looked).</exception>
    /// <exception cref="InvalidDataException">A file's checksum, header or length is wrong (the message names the file).</exception>
    public static Dataset Load(FashionMnistSplit split, string? folder = null, bool scale = true) =>
        Load(split, folder, scale, DebianFolder);

    internal static Dataset Load(FashionMnistSplit split, string? folder, bool scale, string systemFolder)
    {
        string prefix = split == FashionMnistSplit.Train ? "train" : "t10k";
        var images = IdxReader.Read(Read($"{prefix}-images-idx3-ubyte.gz", folder, systemFolder, out var imagesFrom), imagesFrom);
        var labels = IdxReader.Read(Read($"{prefix}-labels-idx1-ubyte.gz", folder, systemFolder, out var labelsFrom), labelsFrom);
        if (images.Dimensions.Count != 3 || images.Dimensions[1] != Side || images.Dimensions[2] != Side)
        {
            throw new InvalidDataException($"{imagesFrom}: expected images of {Side}×{Side}, the header says {string.Join("×", images.Dimensions)}.");
        }
        if (labels.Dimensions.Count != 1 || labels.Count != images.Count)
        {
            throw new InvalidDataException($"{labelsFrom}: expected {images.Count} labels to match {imagesFrom}, the header says {string.Join("×", labels.Dimensions)}.");
        }
        var classes = new int[labels.Count];
        for (int i = 0; i < classes.Length; i++)
        {
            classes[i] = labels.Values[i];
            if (classes[i] >= ClassNames.Count)
            {
                throw new InvalidDataException($"{labelsFrom}: label {i} is {classes[i]}, outside 0..9.");
            }
        }
        var x = ToRows(images, scale ? 1f / 255f : 1f);
        string name = split == FashionMnistSplit.Train ? "Fashion-MNIST train" : "Fashion-MNIST test";
        return new Dataset(name, x, classes, ClassNames, new ImageShape(1, Side, Side), Source);
    }

    private static byte[] Read(string fileName, string? folder, string systemFolder, out string from)
    {
        var candidates = new List<string>();
        if (folder is not null)
        {
            candidates.Add(Path.Combine(folder, fileName));
        }
        candidates.Add(Path.Combine(systemFolder, fileName));
        foreach (var path in candidates)
        {
            if (File.Exists(path))
            {
                from = path;
                return DataFiles.ReadVerified(path);
            }
        }
        if (DataFiles.IsEmbedded(fileName))
        {
            from = $"{fileName} (embedded in NotebookKit.dll)";
            return DataFiles.ReadEmbedded(fileName);
        }
        throw new FileNotFoundException(
            $"Fashion-MNIST file {fileName} not found; looked in {string.Join(", ", candidates)}. " +
            "Install it with 'apt-get install dataset-fashion-mnist' or pass the folder holding the original .gz files.", fileName);
    }

    // IDX is row-major (image after image); MathNet is column-major, so pixel p of image i lands at p·count + i.
    private static Matrix<float> ToRows(IdxData images, float factor)
    {
        int count = images.Count, size = images.ItemSize;
        var values = new float[count * size];
        var source = images.Values;
        for (int i = 0; i < count; i++)
        {
            int row = i * size;
            for (int p = 0; p < size; p++)
            {
                values[p * count + i] = source[row + p] * factor;
            }
        }
        return Matrix<float>.Build.Dense(count, size, values);
    }
}
