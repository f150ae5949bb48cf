using System.Text;

namespace NotebookKit.Display;

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
            for (int c = 0; c < row.Length; c++) widths[c] = Math.Max(widths[c], DisplayWidth(row[c]));
        var sb = new StringBuilder();
        foreach (var row in rows)
        {
            for (int c = 0; c < row.Length; c++)
            {
                if (c > 0) sb.Append(separator);
                string pad = new(' ', widths[c] - DisplayWidth(row[c]));
                sb.Append(rightAlign ? pad + row[c] : row[c] + pad);
            }
            sb.Append('\n');
        }
        return sb.ToString().TrimEnd('\n');
    }

    // Columns a string takes in a monospace font: CJK characters and full-width forms take two, so Chinese
    // headers line up with the numbers under them (the same ranges as Sequential's summary).
    private static int DisplayWidth(string text) =>
        text.Sum(ch => ch is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6' ? 2 : 1);
}
