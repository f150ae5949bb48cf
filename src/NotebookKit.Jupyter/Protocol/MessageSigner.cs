using System.Security.Cryptography;
using System.Text;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>
/// HMAC-SHA256 over header, parent header, metadata and content, hex-encoded. An empty key means the
/// connection is unsigned: the signature is the empty string and any signature is accepted.
/// </summary>
public sealed class MessageSigner
{
    private readonly byte[] _key;

    public MessageSigner(string key) => _key = Encoding.UTF8.GetBytes(key ?? "");

    public bool IsSigning => _key.Length > 0;

    public string Sign(ReadOnlySpan<byte> header, ReadOnlySpan<byte> parentHeader, ReadOnlySpan<byte> metadata, ReadOnlySpan<byte> content)
    {
        if (!IsSigning)
            return "";
        Span<byte> digest = stackalloc byte[32];
        Compute(header, parentHeader, metadata, content, digest);
        return Convert.ToHexStringLower(digest);
    }

    /// <summary>Checks a received signature in constant time, so timing reveals nothing about the key.</summary>
    public bool Verify(ReadOnlySpan<byte> signatureHex, ReadOnlySpan<byte> header, ReadOnlySpan<byte> parentHeader, ReadOnlySpan<byte> metadata, ReadOnlySpan<byte> content)
    {
        if (!IsSigning)
            return true;
        Span<byte> expected = stackalloc byte[32];
        Compute(header, parentHeader, metadata, content, expected);
        Span<byte> expectedHex = stackalloc byte[64];
        for (var i = 0; i < 32; i++)
        {
            expectedHex[2 * i] = HexDigit(expected[i] >> 4);
            expectedHex[2 * i + 1] = HexDigit(expected[i] & 0xF);
        }
        // Lengths are public (always 64 for a well-formed signature); the bytes are compared in fixed time.
        return signatureHex.Length == 64 && CryptographicOperations.FixedTimeEquals(ToLower(signatureHex), expectedHex);
    }

    private void Compute(ReadOnlySpan<byte> header, ReadOnlySpan<byte> parentHeader, ReadOnlySpan<byte> metadata, ReadOnlySpan<byte> content, Span<byte> digest)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        hmac.AppendData(header);
        hmac.AppendData(parentHeader);
        hmac.AppendData(metadata);
        hmac.AppendData(content);
        hmac.GetHashAndReset(digest);
    }

    private static byte HexDigit(int value) => (byte)(value < 10 ? '0' + value : 'a' + value - 10);

    private static byte[] ToLower(ReadOnlySpan<byte> hex)
    {
        var lower = hex.ToArray();
        for (var i = 0; i < lower.Length; i++)
            if (lower[i] is >= (byte)'A' and <= (byte)'F')
                lower[i] = (byte)(lower[i] + 32);
        return lower;
    }
}
