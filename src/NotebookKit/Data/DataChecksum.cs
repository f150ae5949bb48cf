using System.Security.Cryptography;

namespace NotebookKit.Data;

/// <summary>SHA-256 checks for every data file NotebookKit reads, named by file name.</summary>
internal static class DataChecksum
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["digits.csv.gz"] = "46abec6b12486ad9e51943373abcf22bbea1b5a51a1619b361570d8893f1464a",
        ["train-images-idx3-ubyte.gz"] = "b0564c3eedabfbf835052cff8503ea422014ce006caf5b757f851416ee8300c7",
        ["train-labels-idx1-ubyte.gz"] = "0ae29f65d86684f32d1b9c85147786c547b9c6aebcaf235f0400a0cce308b056",
        ["t10k-images-idx3-ubyte.gz"] = "cc1d090a38ace84dfa1aa66e3ada7c336ef481a96936906477e6dd344da56eaa",
        ["t10k-labels-idx1-ubyte.gz"] = "8d3605d196f4be44669e46906da9733c8131fef761fdbfec72c424d5222f1a05",
    };

    public static string Expected(string fileName) => Known[fileName];

    /// <summary>Throws <see cref="InvalidDataException"/> naming <paramref name="source"/> when the hash differs.</summary>
    public static void Verify(byte[] content, string fileName, string source)
    {
        var expected = Expected(fileName);
        var actual = Convert.ToHexStringLower(SHA256.HashData(content));
        if (actual != expected)
        {
            throw new InvalidDataException(
                $"{source}: checksum mismatch — sha256 is {actual}, expected {expected}. " +
                "The file is corrupted, truncated or a different version; restore the original.");
        }
    }
}
