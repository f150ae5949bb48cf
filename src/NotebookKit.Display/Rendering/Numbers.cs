using System.Globalization;
using System.Numerics;

namespace NotebookKit.Display.Rendering;

/// <summary>Any MathNet element type as a double for shading, and as its exact text for hover.</summary>
internal static class Numbers
{
    public static double ToDouble<T>(T value) where T : struct => value switch
    {
        double d => d,
        float f => f,
        Complex c => c.Magnitude * Math.Sign(c.Real == 0 ? 1 : c.Real),
        MathNet.Numerics.Complex32 c => c.Magnitude * Math.Sign(c.Real == 0 ? 1 : c.Real),
        IConvertible c => c.ToDouble(CultureInfo.InvariantCulture),
        _ => double.NaN,
    };

    public static string Exact<T>(T value) where T : struct => value switch
    {
        double d => ValueText.Number(d),
        float f => ValueText.Number(f),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
