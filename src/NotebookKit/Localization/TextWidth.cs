namespace NotebookKit.Localization;

/// <summary>
/// The columns a string takes in a monospace font, where a CJK character or a full-width form takes two: what the
/// kit's plain-text tables pad by, so Chinese headers line up with the numbers under them.
/// </summary>
public static class TextWidth
{
    /// <summary>The monospace width of <paramref name="text"/>.</summary>
    public static int Of(string text) =>
        text.Sum(ch => ch is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6' ? 2 : 1);

    /// <summary><paramref name="text"/> padded with spaces on the right to <paramref name="width"/> columns.</summary>
    public static string PadRight(string text, int width) => text + new string(' ', Math.Max(0, width - Of(text)));

    /// <summary><paramref name="text"/> padded with spaces on the left to <paramref name="width"/> columns.</summary>
    public static string PadLeft(string text, int width) => new string(' ', Math.Max(0, width - Of(text))) + text;
}
