using System.Buffers.Binary;
using System.IO.Compression;
using NotebookKit.Data;

namespace NotebookKit.Tests.Data;

public sealed class IdxReaderTests
{
    [Fact]
    public void Reads_the_shipped_test_images_as_10000_by_28_by_28()
    {
        var images = IdxReader.Read(Shipped("t10k-images-idx3-ubyte.gz"), "t10k-images");

        Assert.Equal([10000, 28, 28], images.Dimensions);
        Assert.Equal(784, images.ItemSize);
        Assert.Equal(7_840_000, images.Values.Length);
    }

    [Fact]
    public void Reads_the_shipped_test_labels_as_10000_values_0_to_9()
    {
        var labels = IdxReader.Read(Shipped("t10k-labels-idx1-ubyte.gz"), "t10k-labels");

        Assert.Equal([10000], labels.Dimensions);
        Assert.All(Enumerable.Range(0, 10), c => Assert.Equal(1000, labels.Values.Count(v => v == c)));
    }

    [Fact]
    public void Reads_plain_uncompressed_idx_too()
    {
        using var folder = new TempFolder();
        var path = folder.Write("tiny-idx3-ubyte", Idx(0x00000803, [2, 2, 3], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));

        var data = IdxReader.Read(path);

        Assert.Equal([2, 2, 3], data.Dimensions);
        Assert.Equal(12, data.Values[11]);
    }

    [Fact]
    public void A_truncated_gz_copy_is_refused_naming_the_file()
    {
        using var folder = new TempFolder();
        var original = Shipped("t10k-labels-idx1-ubyte.gz");
        var path = folder.Write("t10k-labels-idx1-ubyte.gz", original[..(original.Length * 2 / 3)]);

        var error = Assert.Throws<InvalidDataException>(() => IdxReader.Read(path));
        Assert.StartsWith(path, error.Message);
        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void A_corrupted_gz_copy_is_refused_naming_the_file()
    {
        using var folder = new TempFolder();
        var damaged = Shipped("t10k-labels-idx1-ubyte.gz");
        for (int i = 20; i < 200; i++)
        {
            damaged[i] = (byte)(damaged[i] * 7 + 1);
        }
        var path = folder.Write("t10k-labels-idx1-ubyte.gz", damaged);

        var error = Assert.Throws<InvalidDataException>(() => IdxReader.Read(path));
        Assert.StartsWith(path, error.Message);
    }

    [Theory]
    [InlineData(0x00000903u)] // signed-byte type code
    [InlineData(0x01000801u)] // non-zero leading byte
    [InlineData(0x00000805u)] // five dimensions
    [InlineData(0x12345678u)] // not IDX at all
    public void A_wrong_magic_number_is_refused_and_shown(uint magic)
    {
        var error = Assert.Throws<InvalidDataException>(() => IdxReader.Read(Idx(magic, [3], [1, 2, 3]), "odd.idx"));
        Assert.StartsWith("odd.idx", error.Message);
        Assert.Contains($"0x{magic:X8}", error.Message);
    }

    [Fact]
    public void Data_shorter_than_the_header_promises_is_truncated()
    {
        var content = Idx(0x00000803, [2, 28, 28], new byte[2 * 784 - 1]);
        var error = Assert.Throws<InvalidDataException>(() => IdxReader.Read(Gzip(content), "short.gz"));
        Assert.Contains("truncated", error.Message);
        Assert.Contains("2×28×28", error.Message);
    }

    [Fact]
    public void A_header_cut_short_is_truncated()
    {
        var error = Assert.Throws<InvalidDataException>(() => IdxReader.Read(new byte[] { 0, 0, 8, 3, 0, 0, 0, 2 }, "head.idx"));
        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void Extra_bytes_after_the_data_are_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => IdxReader.Read(Idx(0x00000801, [3], [1, 2, 3, 4]), "long.idx"));
        Assert.Contains("1 unexpected bytes", error.Message);
    }

    [Fact]
    public void A_zero_dimension_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => IdxReader.Read(Idx(0x00000801, [0], []), "empty.idx"));
        Assert.Contains("dimension 0", error.Message);
    }

    internal static byte[] Shipped(string fileName)
    {
        using var stream = typeof(IdxReader).Assembly.GetManifestResourceStream("NotebookKit.Data.Files." + fileName)!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    internal static byte[] Idx(uint magic, int[] dimensions, byte[] values)
    {
        var content = new byte[4 + 4 * dimensions.Length + values.Length];
        BinaryPrimitives.WriteUInt32BigEndian(content, magic);
        for (int d = 0; d < dimensions.Length; d++)
        {
            BinaryPrimitives.WriteInt32BigEndian(content.AsSpan(4 + 4 * d), dimensions[d]);
        }
        values.CopyTo(content, 4 + 4 * dimensions.Length);
        return content;
    }

    internal static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(content);
        }
        return output.ToArray();
    }
}
