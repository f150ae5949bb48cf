using System.Text;
using NotebookKit.Localization;

namespace NotebookKit.Display.Rendering;

/// <summary>Aligned plain-text columns, for the text/plain twin of every table.</summary>
internal static class TextTable
{
    /// <summary>Pads each column to its widest cell; numbers (<paramref name="rightAlign"/>) line up on the right.</summary>
    public static string Render(IReadOnlyList<string[]> rows, bool rightAlign = false, string separator = "  ")
    {
        if (rows.Count == 0) return "";
        int columns = rows.Max(r => r.Length);
        var widths = new int[columns];
        foreach (var row in rows)
            for (int c = 0; c < row.Length; c++) widths[c] = Math.Max(widths[c], TextWidth.Of(row[c]));
        var sb = new StringBuilder();
        foreach (var row in rows)
        {
            for (int c = 0; c < row.Length; c++)
            {
                if (c > 0) sb.Append(separator);
                sb.Append(rightAlign ? TextWidth.PadLeft(row[c], widths[c]) : TextWidth.PadRight(row[c], widths[c]));
            }
            sb.Append('\n');
        }
        return sb.ToString().TrimEnd('\n');
    }
}
