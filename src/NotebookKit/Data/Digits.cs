using System.Globalization;
using System.IO.Compression;
using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Data;

/// <summary>
/// The UCI handwritten digits: 1,797 images of 8×8 pixels with values 0..16, labels 0..9.
/// Shipped inside NotebookKit (checked against its sha256 on every load).
/// </summary>
/// <remarks>
/// Optical Recognition of Handwritten Digits, UCI Machine Learning Repository; E. Alpaydin and C. Kaynak, 1998;
/// licensed CC BY 4.0. The file is gzip CSV: 64 integers (the image, row by row) then the label, one sample a line.
/// </remarks>
public static class Digits
{
    /// <summary>The shipped file's name.</summary>
    public const string FileName = "digits.csv.gz";

    /// <summary>Credit line for the data (CC BY 4.0 asks for it).</summary>
    public const string Source =
        "Optical Recognition of Handwritten Digits, UCI Machine Learning Repository (E. Alpaydin, C. Kaynak, 1998), CC BY 4.0";

    private const int Pixels = 64;
    private const int MaxPixel = 16;

    /// <summary>The ten class names, "0" … "9".</summary>
    public static IReadOnlyList<string> ClassNames { get; } = Enumerable.Range(0, 10).Select(d => d.ToString(CultureInfo.InvariantCulture)).ToArray();

    /// <summary>
    /// Loads the digits: X is 1797 × 64, pixel values divided by 16 into [0, 1] when <paramref name="scale"/>
    /// (raw 0..16 otherwise). <paramref name="path"/> reads a copy of <see cref="FileName"/> from disk instead of the shipped one.
    /// </summary>
    /// <exception cref="InvalidDataException">The file's checksum or content is wrong (the message names the file).</exception>
    public static Dataset Load(bool scale = true, string? path = null)
    {
        var content = path is null ? DataFiles.ReadEmbedded(FileName) : ReadFile(path);
        return Parse(content, path ?? FileName, scale);
    }

    private static byte[] ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Digits file not found: {path}", path);
        }
        var content = File.ReadAllBytes(path);
        DataChecksum.Verify(content, FileName, path);
        return content;
    }

    /// <summary>Parses gzip CSV content; every malformed line is reported with its number.</summary>
    internal static Dataset Parse(byte[] gzipContent, string name, bool scale)
    {
        var text = Gunzip(gzipContent, name);
        var rows = new List<(byte[] Pixels, int Label)>();
        int lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (line.Length > 0)
            {
                rows.Add(ParseLine(line.TrimEnd('\r'), lineNumber, name));
            }
        }
        if (rows.Count == 0)
        {
            throw new InvalidDataException($"{name}: no samples in the file.");
        }
        float divisor = scale ? MaxPixel : 1f;
        var x = Matrix<float>.Build.Dense(rows.Count, Pixels, (r, c) => rows[r].Pixels[c] / divisor);
        var labels = rows.Select(r => r.Label).ToArray();
        return new Dataset("Digits (UCI, 8×8)", x, labels, ClassNames, new ImageShape(1, 8, 8), Source);
    }

    private static string Gunzip(byte[] gzipContent, string name)
    {
        try
        {
            using var reader = new StreamReader(new GZipStream(new MemoryStream(gzipContent), CompressionMode.Decompress));
            return reader.ReadToEnd();
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new InvalidDataException($"{name}: the gzip stream is corrupted or truncated ({e.Message}).", e);
        }
    }

    private static (byte[] Pixels, int Label) ParseLine(string line, int lineNumber, string name)
    {
        var fields = line.Split(',');
        if (fields.Length != Pixels + 1)
        {
            throw new InvalidDataException($"{name} line {lineNumber}: expected {Pixels + 1} comma-separated integers (64 pixels and a label), got {fields.Length}.");
        }
        var pixels = new byte[Pixels];
        for (int i = 0; i < Pixels; i++)
        {
            pixels[i] = (byte)ParseField(fields[i], 0, MaxPixel, $"{name} line {lineNumber}, pixel {i}");
        }
        int label = ParseField(fields[Pixels], 0, 9, $"{name} line {lineNumber}, label");
        return (pixels, label);
    }

    private static int ParseField(string field, int min, int max, string where)
    {
        if (!int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value < min || value > max)
        {
            throw new InvalidDataException($"{where}: '{field}' is not an integer in {min}..{max}.");
        }
        return value;
    }
}
