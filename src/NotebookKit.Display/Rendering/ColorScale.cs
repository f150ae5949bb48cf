using System.Globalization;

namespace NotebookKit.Display.Rendering;

/// <summary>
/// Colours for values. Diverging: blue below zero, white at zero, red above (ColorBrewer RdBu), so sign reads
/// at a glance. Sequential: white to blue, for counts.
/// </summary>
internal static class ColorScale
{
    private static readonly (double R, double G, double B) Negative = (33, 102, 172), Zero = (247, 247, 247), Positive = (178, 24, 43);

    /// <summary>The fill for <paramref name="t"/> in [−1, 1] (values outside are clamped; NaN is grey).</summary>
    public static string Diverging(double t)
    {
        if (double.IsNaN(t)) return "#cccccc";
        t = Math.Clamp(t, -1, 1);
        return Hex(t < 0 ? Mix(Zero, Negative, -t) : Mix(Zero, Positive, t));
    }

    /// <summary>The fill for <paramref name="t"/> in [0, 1], white to deep blue.</summary>
    public static string Sequential(double t) =>
        double.IsNaN(t) ? "#cccccc" : Hex(Mix(Zero, (8, 48, 107), Math.Clamp(t, 0, 1)));

    /// <summary>Dark fills get white text, so the number stays readable.</summary>
    public static string TextOn(double intensity) => Math.Abs(intensity) > 0.6 ? "#ffffff" : "#111111";

    /// <summary>Stroke colour of a weight: red for positive, blue for negative.</summary>
    public static string Sign(double value) => value >= 0 ? Hex(Positive) : Hex(Negative);

    private static (double, double, double) Mix((double R, double G, double B) a, (double R, double G, double B) b, double t) =>
        (a.R + (b.R - a.R) * t, a.G + (b.G - a.G) * t, a.B + (b.B - a.B) * t);

    private static string Hex((double R, double G, double B) c) =>
        string.Create(CultureInfo.InvariantCulture, $"#{(int)Math.Round(c.R):x2}{(int)Math.Round(c.G):x2}{(int)Math.Round(c.B):x2}");
}
