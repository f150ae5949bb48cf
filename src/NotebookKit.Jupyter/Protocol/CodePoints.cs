namespace NotebookKit.Jupyter.Protocol;

/// <summary>
/// Since protocol 5.2, <c>cursor_pos</c>, <c>cursor_start</c> and <c>cursor_end</c> count Unicode code
/// points; C# strings index UTF-16 units, which differ on characters outside the BMP (emoji).
/// </summary>
public static class CodePoints
{
    public static int ToUtf16Index(string text, int codePointIndex)
    {
        var index = 0;
        for (var cp = 0; cp < codePointIndex && index < text.Length; cp++)
            index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        return index;
    }

    public static int FromUtf16Index(string text, int utf16Index)
    {
        var count = 0;
        for (var i = 0; i < utf16Index && i < text.Length; i++, count++)
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
        return count;
    }
}
