using System.Globalization;

namespace NotebookKit.Checks;

/// <summary>
/// The outcome of a gradient check: the largest relative error between the backpropagated (analytic) and the
/// finite-difference (numeric) derivative, where it occurred, and how many values were compared.
/// </summary>
public sealed record GradientCheckResult(double MaxRelativeError, string Where, double Analytic, double Numeric, int Checked)
{
    /// <summary>True if <see cref="MaxRelativeError"/> is below <paramref name="tolerance"/> (default 1e−6).</summary>
    public bool Passed(double tolerance = 1e-6) => MaxRelativeError < tolerance;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"max relative error {MaxRelativeError:0.##e+0} at {Where} (analytic {Analytic:G6}, numeric {Numeric:G6}); {Checked} values checked");
}
