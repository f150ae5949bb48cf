using System.IO.Compression;
using System.Text;
using NotebookKit.Data;

namespace NotebookKit.Tests.Data;

public sealed class DigitsTests
{
    [Fact]
    public void A_datasets_image_shape_is_the_input_shape_a_conv2d_reads()
    {
        var digits = Digits.Load();
        var conv = new NotebookKit.Layers.Conv2D(2, 3);

        conv.Build(digits.Image!.Value.ToShape());

        Assert.Equal(new Shape(1, 8, 8), conv.InputShape);
        Assert.Equal(new Shape(2, 6, 6), conv.OutputShape);
        Assert.Equal("1×8×8", digits.Image.ToString());
    }

    [Fact]
    public void Shipped_digits_load_as_1797_images_of_8x8_in_the_unit_interval()
    {
        var digits = Digits.Load();

        Assert.Equal(1797, digits.Count);
        Assert.Equal(64, digits.Features);
        Assert.Equal(new ImageShape(1, 8, 8), digits.Image);
        Assert.Equal(10, digits.ClassCount);
        Assert.All(Enumerable.Range(0, 10), d => Assert.InRange(digits.Labels.Count(l => l == d), 170, 190));
        Assert.Equal(0f, digits.X.Enumerate().Min());
        Assert.Equal(1f, digits.X.Enumerate().Max());
        Assert.Contains("CC BY 4.0", digits.Source);
        // The first line of the file: 0,0,5,13,9,1,0,0,… label 0
        Assert.Equal(5f / 16f, digits.X[0, 2]);
        Assert.Equal(13f / 16f, digits.X[0, 3]);
        Assert.Equal(0, digits.Labels[0]);
    }

    [Fact]
    public void Unscaled_digits_keep_the_raw_0_to_16_values_and_match_the_scaled_ones()
    {
        var raw = Digits.Load(scale: false);
        var scaled = Digits.Load();

        Assert.Equal(16f, raw.X.Enumerate().Max());
        Assert.Equal(raw.X[100, 37] / 16f, scaled.X[100, 37]);
        Assert.Equal(raw.Labels, scaled.Labels);
    }

    [Fact]
    public void A_copy_on_disk_with_the_right_checksum_loads_like_the_shipped_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write(Digits.FileName, ShippedBytes());

        Assert.Equal(Digits.Load().Labels, Digits.Load(path: path).Labels);
    }

    [Fact]
    public void A_truncated_copy_fails_its_checksum_and_the_error_names_the_file()
    {
        using var folder = new TempFolder();
        var original = ShippedBytes();
        var path = folder.Write(Digits.FileName, original[..(original.Length / 2)]);

        var error = Assert.Throws<InvalidDataException>(() => Digits.Load(path: path));
        Assert.Contains(path, error.Message);
        Assert.Contains("checksum", error.Message);
    }

    [Fact]
    public void A_missing_file_is_reported_with_its_path()
    {
        var error = Assert.Throws<FileNotFoundException>(() => Digits.Load(path: "/nonexistent/digits.csv.gz"));
        Assert.Contains("/nonexistent/digits.csv.gz", error.Message);
    }

    [Fact]
    public void Corrupted_gzip_content_is_reported_as_corrupted()
    {
        var damaged = ShippedBytes();
        for (int i = 100; i < 400; i++)
        {
            damaged[i] ^= 0x5A;
        }
        var error = Assert.Throws<InvalidDataException>(() => Digits.Parse(damaged, "damaged.csv.gz", scale: true));
        Assert.StartsWith("damaged.csv.gz", error.Message);
    }

    [Theory]
    [InlineData("1,2,3\n", "line 1", "got 3")]
    [InlineData("0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,3\n" +
                "0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,17,3\n",
                "line 2, pixel 63", "'17'")]
    [InlineData("0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,x\n",
                "line 1, label", "'x'")]
    [InlineData("\n", "no samples", "no samples")]
    public void Malformed_csv_lines_are_reported_with_file_line_and_field(string csv, string where, string what)
    {
        var error = Assert.Throws<InvalidDataException>(() => Digits.Parse(Gzip(csv), "bad.csv.gz", scale: true));
        Assert.StartsWith("bad.csv.gz", error.Message);
        Assert.Contains(where, error.Message);
        Assert.Contains(what, error.Message);
    }

    private static byte[] ShippedBytes()
    {
        using var stream = typeof(Digits).Assembly.GetManifestResourceStream("NotebookKit.Data.Files.digits.csv.gz")!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.ASCII.GetBytes(text));
        }
        return output.ToArray();
    }
}
