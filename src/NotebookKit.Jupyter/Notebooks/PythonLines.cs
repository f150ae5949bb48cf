namespace NotebookKit.Jupyter.Notebooks;

/// <summary>
/// Python's <c>str.splitlines(keepends=True)</c>, which nbformat uses to store multi-line strings as line
/// lists. Python breaks on more than \n: \r, \r\n, \v, \f, \x1c–\x1e, \x85, U+2028 and U+2029 too, and an
/// empty string gives an empty list — both matter for writing the same bytes nbformat writes.
/// </summary>
internal static class PythonLines
{
    public static List<string> SplitKeepEnds(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsBreak(c))
                continue;
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                i++;
            lines.Add(text[start..(i + 1)]);
            start = i + 1;
        }
        if (start < text.Length)
            lines.Add(text[start..]);
        return lines;
    }

    /// <summary>Python's <c>str.splitlines()</c>: the same lines without their line breaks.</summary>
    public static List<string> Split(string text) =>
        SplitKeepEnds(text).Select(l => l.EndsWith("\r\n", StringComparison.Ordinal) ? l[..^2] : IsBreak(l[^1]) ? l[..^1] : l).ToList();

    private static bool IsBreak(char c) => c switch
    {
        '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029' => true,
        _ => false,
    };
}
