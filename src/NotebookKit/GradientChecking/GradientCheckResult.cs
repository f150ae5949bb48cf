using System.Globalization;
using NotebookKit.Localization;

namespace NotebookKit.GradientChecking;

/// <summary>
/// The outcome of a gradient check: the largest relative error between the backpropagated (analytic) and the
/// finite-difference (numeric) derivative, where it occurred, and how many values were compared.
/// </summary>
public sealed record GradientCheckResult(double MaxRelativeError, string Where, double Analytic, double Numeric, int Checked)
{
    /// <summary>True if <see cref="MaxRelativeError"/> is below <paramref name="tolerance"/> (default 1e−6).</summary>
    public bool Passed(double tolerance = 1e-6) => MaxRelativeError < tolerance;

    /// <summary>"max relative error 3.2e-10 at Dense #1 W[1,1] (analytic 0.5, numeric 0.5); 9 values checked", in the kit's language.</summary>
    public override string ToString() => KitText.Format("GradientCheck_Report",
        MaxRelativeError.ToString("0.##e+0", CultureInfo.InvariantCulture), Where,
        Analytic.ToString("G6", CultureInfo.InvariantCulture), Numeric.ToString("G6", CultureInfo.InvariantCulture), Checked);
}
