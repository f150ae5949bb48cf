using System.Globalization;

namespace NotebookKit.Display.Rendering;

/// <summary>SVG helpers: invariant numbers, escaped text.</summary>
internal static class Svg
{
    public const string Open = "<svg xmlns=\"http://www.w3.org/2000/svg\"";
    public const string Font = "font-family=\"sans-serif\" font-size=\"11\"";

    /// <summary>A coordinate with at most two decimals, invariant culture.</summary>
    public static string N(double v) => Math.Round(v, 2).ToString(CultureInfo.InvariantCulture);

    /// <summary>A weight as a reader wants it in a label: three significant digits.</summary>
    public static string W(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Text(string? text) => Html.Encode(text);
}
