using System.IO.Compression;

namespace NotebookKit.Jupyter.Kernel;

/// <summary>
/// Draws the kernel's logo (a white "C#" on .NET purple) as a PNG of any size, so the kernelspec's
/// logo-32x32.png and logo-64x64.png need no image files in git and no drawing library.
/// </summary>
public static class PngLogo
{
    public static byte[] Render(int size)
    {
        var pixels = new byte[size * size * 4];
        const int samples = 4; // 4×4 supersampling smooths the edges
        for (var y = 0; y < size; y++)
        for (var x = 0; x < size; x++)
        {
            double background = 0, ink = 0;
            for (var sy = 0; sy < samples; sy++)
            for (var sx = 0; sx < samples; sx++)
            {
                var u = (x + (sx + 0.5) / samples) / size;
                var v = (y + (sy + 0.5) / samples) / size;
                if (InRoundedSquare(u, v)) background++;
                if (InGlyphs(u, v)) ink++;
            }
            var n = samples * samples;
            var alpha = background / n;
            var white = ink / n;
            var i = (y * size + x) * 4;
            pixels[i] = (byte)Math.Round(0x51 + (255 - 0x51) * white);
            pixels[i + 1] = (byte)Math.Round(0x2B + (255 - 0x2B) * white);
            pixels[i + 2] = (byte)Math.Round(0xD4 + (255 - 0xD4) * white);
            pixels[i + 3] = (byte)Math.Round(255 * alpha);
        }
        return Encode(size, size, pixels);
    }

    private static bool InRoundedSquare(double u, double v)
    {
        const double r = 0.18;
        var dx = Math.Max(Math.Abs(u - 0.5) - (0.5 - r), 0);
        var dy = Math.Max(Math.Abs(v - 0.5) - (0.5 - r), 0);
        return dx * dx + dy * dy <= r * r;
    }

    private static bool InGlyphs(double u, double v)
    {
        // "C": a ring around (0.36, 0.5) with its right side open.
        var dx = u - 0.36;
        var dy = v - 0.5;
        var d = Math.Sqrt(dx * dx + dy * dy);
        var c = d is >= 0.17 and <= 0.25 && !(dx > 0.05 && Math.Abs(dy) < 0.11);
        // "#": two slanted verticals and two horizontals.
        var hash = (Math.Abs(v - 0.44) < 0.025 || Math.Abs(v - 0.56) < 0.025) && u is > 0.6 and < 0.86
                || (Math.Abs(u - 0.68 + (v - 0.5) * 0.15) < 0.025 || Math.Abs(u - 0.78 + (v - 0.5) * 0.15) < 0.025) && v is > 0.34 and < 0.66;
        return c || hash;
    }

    private static byte[] Encode(int width, int height, byte[] rgba)
    {
        using var output = new MemoryStream();
        output.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        WriteBigEndian(header, 0, width);
        WriteBigEndian(header, 4, height);
        header[8] = 8;  // bits per channel
        header[9] = 6;  // RGBA
        WriteChunk(output, "IHDR", header);
        using (var raw = new MemoryStream())
        {
            using (var zlib = new ZLibStream(raw, CompressionLevel.Optimal, leaveOpen: true))
                for (var y = 0; y < height; y++)
                {
                    zlib.WriteByte(0); // filter: none
                    zlib.Write(rgba, y * width * 4, width * 4);
                }
            WriteChunk(output, "IDAT", raw.ToArray());
        }
        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void WriteChunk(Stream output, string type, byte[] data)
    {
        var length = new byte[4];
        WriteBigEndian(length, 0, data.Length);
        output.Write(length);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        output.Write(typeBytes);
        output.Write(data);
        var crc = new byte[4];
        WriteBigEndian(crc, 0, (int)Crc32(typeBytes.Concat(data)));
        output.Write(crc);
    }

    private static uint Crc32(IEnumerable<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }

    private static void WriteBigEndian(byte[] buffer, int offset, int value)
    {
        buffer[offset] = (byte)(value >> 24);
        buffer[offset + 1] = (byte)(value >> 16);
        buffer[offset + 2] = (byte)(value >> 8);
        buffer[offset + 3] = (byte)value;
    }
}
