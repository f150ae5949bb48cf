using System.Globalization;

namespace NotebookKit.Jupyter.Notebooks;

/// <summary>
/// Formats a double the way Python's <c>repr(float)</c> (and so <c>json.dumps</c>) does: the shortest digits
/// that round-trip, fixed notation while the decimal exponent is in (-4, 16], otherwise <c>1e-05</c> / <c>1e+16</c>,
/// and always a <c>.0</c> on whole numbers. nbformat writes numbers this way, so we must too.
/// </summary>
internal static class PythonFloat
{
    public static string Format(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "Infinity";
        if (double.IsNegativeInfinity(value)) return "-Infinity";
        if (value == 0) return double.IsNegative(value) ? "-0.0" : "0.0";

        // .NET's "R" is also the shortest round-trip form; only the layout differs from Python's.
        var r = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = r.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(r[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..e];
        }
        var dot = r.IndexOf('.');
        var intPart = dot >= 0 ? r[..dot] : r;
        var fracPart = dot >= 0 ? r[(dot + 1)..] : "";
        var digits = intPart + fracPart;
        // value = 0.<digits> × 10^decpt
        var decpt = intPart.Length + exponent;
        var lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') lead++;
        digits = digits[lead..];
        decpt -= lead;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) digits = "0";

        var sign = value < 0 ? "-" : "";
        if (decpt <= -4 || decpt > 16)
        {
            var exp = decpt - 1;
            var mantissa = digits.Length > 1 ? digits[0] + "." + digits[1..] : digits;
            return $"{sign}{mantissa}e{(exp < 0 ? '-' : '+')}{Math.Abs(exp):00}";
        }
        if (decpt <= 0)
            return $"{sign}0.{new string('0', -decpt)}{digits}";
        if (decpt >= digits.Length)
            return $"{sign}{digits}{new string('0', decpt - digits.Length)}.0";
        return $"{sign}{digits[..decpt]}.{digits[decpt..]}";
    }
}
