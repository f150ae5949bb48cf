using System.Buffers.Binary;
using System.IO.Compression;

namespace NotebookKit.Data;

/// <summary>
/// Reads IDX files (<c>.gz</c> or plain), the format of MNIST and Fashion-MNIST:
/// a magic number <c>00 00 08 n</c> (unsigned bytes, n dimensions), n big-endian int32 sizes, then the bytes.
/// </summary>
/// <remarks>
/// Every problem is an <see cref="InvalidDataException"/> whose message starts with the file's name:
/// a broken gzip stream, a wrong magic number, a header or body shorter than the header promises, extra bytes.
/// </remarks>
public static class IdxReader
{
    private const byte UnsignedByte = 0x08;

    /// <summary>Reads the IDX file at <paramref name="path"/>; gzip is detected from its first two bytes.</summary>
    public static IdxData Read(string path) => Read(File.ReadAllBytes(path), path);

    /// <summary>Reads IDX content (gzip-compressed or not); <paramref name="name"/> names it in errors.</summary>
    public static IdxData Read(byte[] content, string name)
    {
        var raw = IsGzip(content) ? Gunzip(content, name) : content;
        return Parse(raw, name);
    }

    private static bool IsGzip(byte[] content) => content.Length >= 2 && content[0] == 0x1f && content[1] == 0x8b;

    private static byte[] Gunzip(byte[] content, string name)
    {
        try
        {
            using var gzip = new GZipStream(new MemoryStream(content), CompressionMode.Decompress);
            using var output = new MemoryStream(content.Length * 4);
            gzip.CopyTo(output);
            return output.ToArray();
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
        {
            throw new InvalidDataException($"{name}: the gzip stream is corrupted or truncated ({e.Message}).", e);
        }
    }

    private static IdxData Parse(byte[] raw, string name)
    {
        if (raw.Length < 4)
        {
            throw new InvalidDataException($"{name}: truncated — {raw.Length} bytes, but an IDX header alone needs at least 4.");
        }
        uint magic = BinaryPrimitives.ReadUInt32BigEndian(raw);
        int rank = raw[3];
        if (raw[0] != 0 || raw[1] != 0 || raw[2] != UnsignedByte || rank is < 1 or > 4)
        {
            throw new InvalidDataException(
                $"{name}: wrong magic number 0x{magic:X8}; an IDX file of unsigned bytes starts 0x000008NN with NN = 01..04 dimensions. Not an IDX file?");
        }
        int headerLength = 4 + 4 * rank;
        if (raw.Length < headerLength)
        {
            throw new InvalidDataException($"{name}: truncated — the header announces {rank} dimensions ({headerLength} bytes) but the file has {raw.Length}.");
        }
        var dimensions = new int[rank];
        long expected = 1;
        for (int d = 0; d < rank; d++)
        {
            dimensions[d] = BinaryPrimitives.ReadInt32BigEndian(raw.AsSpan(4 + 4 * d));
            if (dimensions[d] <= 0)
            {
                throw new InvalidDataException($"{name}: dimension {d} in the header is {dimensions[d]}; sizes must be positive.");
            }
            expected *= dimensions[d];
        }
        long actual = raw.Length - headerLength;
        string shape = string.Join("×", dimensions);
        if (actual < expected)
        {
            throw new InvalidDataException($"{name}: truncated — the header says {shape} = {expected:N0} bytes of data, the file holds {actual:N0}.");
        }
        if (actual > expected)
        {
            throw new InvalidDataException($"{name}: {actual - expected:N0} unexpected bytes after the {shape} data; the file is corrupted.");
        }
        return new IdxData(dimensions, raw[headerLength..]);
    }
}
