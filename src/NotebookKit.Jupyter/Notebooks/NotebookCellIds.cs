using System.Security.Cryptography;
using System.Text;

namespace NotebookKit.Jupyter.Notebooks;

/// <summary>nbformat 4.5 cell ids: 8 hex digits, as nbformat's <c>random_cell_id</c> makes them.</summary>
internal static class NotebookCellIds
{
    public static string Random() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));

    /// <summary>The same id for the same cell of the same file, so converting twice gives the same bytes.</summary>
    public static string Stable(int index, string kind, string source) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{index}\n{kind}\n{source}")))[..8];
}
