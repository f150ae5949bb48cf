using System.Text.RegularExpressions;

namespace NotebookKit.Jupyter.Export;

/// <summary>Removes terminal escape sequences (colours, cursor moves, titles) that tracebacks and logs carry.</summary>
internal static partial class Ansi
{
    public static string Strip(string text) => Escape().Replace(text, "");

    // CSI sequences (ESC [ … final byte), OSC sequences (ESC ] … BEL or ESC \) and two-byte escapes.
    [GeneratedRegex(@"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)|\x1b[@-Z\\-_]")]
    private static partial Regex Escape();
}
