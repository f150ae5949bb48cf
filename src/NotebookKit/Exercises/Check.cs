using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Exercises;

/// <summary>
/// Checks for exercise cells. Each check prints one line — <c>✓ what</c> when the answer is right,
/// <c>✗ what: why. Hint: …</c> when it is not — and returns the <see cref="CheckResult"/>.
/// A wrong, missing (null) or not-a-number answer is a ✗, never an exception: a learner's
/// notebook always runs to the end, and every check in it reports.
/// </summary>
/// <remarks>
/// Numbers compare with a tolerance that is absolute near zero and relative for large values:
/// <c>|actual − expected| ≤ tol · max(1, |expected|)</c>.
/// </remarks>
public static class Check
{
    /// <summary>Passes when <paramref name="actual"/> is within <paramref name="tol"/> of <paramref name="expected"/>.</summary>
    public static CheckResult Close(double actual, double expected, double tol = 1e-6, string hint = "", string what = "value")
    {
        if (double.IsNaN(actual) || double.IsInfinity(actual))
            return Fail(what, $"got {Show(actual)}, expected {Show(expected)}", hint);
        return Within(actual, expected, tol)
            ? Pass($"{what} = {Show(actual)}")
            : Fail(what, $"got {Show(actual)}, expected {Show(expected)} (tolerance {Show(tol)})", hint);
    }

    /// <summary>Passes when <paramref name="condition"/> holds.</summary>
    public static CheckResult That(bool condition, string hint = "", string what = "condition")
        => condition ? Pass(what) : Fail(what, "not satisfied", hint);

    /// <summary>Passes when <paramref name="actual"/> equals <paramref name="expected"/> (ints, strings, bools…).</summary>
    public static CheckResult Equal<T>(T? actual, T expected, string hint = "", string what = "value")
    {
        if (actual is null)
            return Fail(what, "not computed yet (null)", hint);
        return EqualityComparer<T>.Default.Equals(actual, expected)
            ? Pass($"{what} = {actual}")
            : Fail(what, $"got {actual}, expected {expected}", hint);
    }

    /// <summary>Passes when both vectors have the same length and every entry is close.</summary>
    public static CheckResult Close(IReadOnlyList<double>? actual, IReadOnlyList<double> expected, double tol = 1e-6, string hint = "", string what = "vector")
    {
        if (actual is null)
            return Fail(what, "not computed yet (null)", hint);
        if (actual.Count != expected.Count)
            return Fail(what, $"has length {actual.Count}, expected {expected.Count}", hint);
        for (var i = 0; i < actual.Count; i++)
        {
            if (!Within(actual[i], expected[i], tol))
                return Fail(what, $"entry [{i}] is {Show(actual[i])}, expected {Show(expected[i])}", hint);
        }
        return Pass($"{what} ({actual.Count} entries) matches");
    }

    /// <summary>Passes when both matrices have the same shape and every entry is close.</summary>
    public static CheckResult Matrix(Matrix<double>? actual, Matrix<double> expected, double tol = 1e-6, string hint = "", string what = "matrix")
    {
        if (actual is null)
            return Fail(what, "not computed yet (null)", hint);
        if (actual.RowCount != expected.RowCount || actual.ColumnCount != expected.ColumnCount)
            return Fail(what, $"has shape {actual.RowCount}×{actual.ColumnCount}, expected {expected.RowCount}×{expected.ColumnCount}", hint);
        for (var r = 0; r < actual.RowCount; r++)
        {
            for (var c = 0; c < actual.ColumnCount; c++)
            {
                if (!Within(actual[r, c], expected[r, c], tol))
                    return Fail(what, $"entry [{r},{c}] is {Show(actual[r, c])}, expected {Show(expected[r, c])}", hint);
            }
        }
        return Pass($"{what} ({actual.RowCount}×{actual.ColumnCount}) matches");
    }

    /// <summary>The <see cref="Matrix(Matrix{double}?, Matrix{double}, double, string, string)"/> check for float matrices.</summary>
    public static CheckResult Matrix(Matrix<float>? actual, Matrix<float> expected, double tol = 1e-5, string hint = "", string what = "matrix")
        => Matrix(actual?.Map(v => (double)v), expected.Map(v => (double)v), tol, hint, what);

    private static bool Within(double actual, double expected, double tol)
        => !double.IsNaN(actual) && Math.Abs(actual - expected) <= tol * Math.Max(1.0, Math.Abs(expected));

    private static CheckResult Pass(string what) => Report(new CheckResult(true, $"{CheckResult.PassMark} {what}"));

    private static CheckResult Fail(string what, string why, string hint)
    {
        var message = $"{CheckResult.FailMark} {what}: {why}.";
        if (!string.IsNullOrWhiteSpace(hint))
            message += $" Hint: {hint}";
        return Report(new CheckResult(false, message));
    }

    private static CheckResult Report(CheckResult result)
    {
        Console.Out.WriteLine(result.Message);
        return result;
    }

    private static string Show(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
