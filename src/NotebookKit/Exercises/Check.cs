using System.Collections.Concurrent;
using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Exercises;

/// <summary>
/// Checks for exercise cells. Each check prints one line — <c>✓ what</c> when the answer is right,
/// <c>✗ what: what is wrong. Hint: …</c> when it is not — and returns the <see cref="CheckResult"/>.
/// A wrong, missing (null) or not-a-number answer is a ✗, never an exception: a learner's
/// notebook always runs to the end, and every check in it reports.
/// </summary>
/// <remarks>
/// A failure never prints the expected value: it says what is wrong in kind (shape, length, NaN, sign, too
/// large or too small, every entry off by one factor) and points at the idea with <c>hint</c>. From the second
/// failure of the same <c>what</c> on, <c>hint2</c> — a more specific hint — follows.
/// Numbers compare with a tolerance that is absolute near zero and relative for large values:
/// <c>|actual − expected| ≤ tol · max(1, |expected|)</c>. The words live in <see cref="CheckText"/>, in the language <see cref="KitLanguage.Current"/> names;
/// a check called without <c>what</c> names its value in that language too.
/// </remarks>
public static class Check
{
    // Failures so far per `what`, for the kernel's lifetime: a learner who re-runs a failing cell gets hint2.
    private static readonly ConcurrentDictionary<string, int> FailureCounts = new(StringComparer.Ordinal);

    /// <summary>Passes when <paramref name="actual"/> is within <paramref name="tol"/> of <paramref name="expected"/>.</summary>
    public static CheckResult Close(double actual, double expected, double tol = 1e-6, string hint = "", string? what = null, string hint2 = "")
    {
        what ??= CheckText.Value;
        var why = Wrong(actual, expected, tol);
        return why is null ? Pass(CheckText.PassedValue(what, Show(actual))) : Fail(what, why, hint, hint2);
    }

    /// <summary>Passes when <paramref name="condition"/> holds.</summary>
    public static CheckResult That(bool condition, string hint = "", string? what = null, string hint2 = "")
    {
        what ??= CheckText.Condition;
        return condition ? Pass(CheckText.Passed(what)) : Fail(what, CheckText.NotSatisfied, hint, hint2);
    }

    /// <summary>Passes when <paramref name="actual"/> equals <paramref name="expected"/> (ints, strings, bools…).</summary>
    public static CheckResult Equal<T>(T? actual, T expected, string hint = "", string? what = null, string hint2 = "")
    {
        what ??= CheckText.Value;
        if (actual is null)
            return Fail(what, CheckText.NotComputed, hint, hint2);
        if (EqualityComparer<T>.Default.Equals(actual, expected))
            return Pass(CheckText.PassedValue(what, Convert.ToString(actual, CultureInfo.InvariantCulture) ?? ""));
        // Numbers may learn their direction; a string or a bool learns only that it is wrong (two bools: no hint at all).
        var why = IsNumber(actual) && IsNumber(expected)
            ? Wrong(Convert.ToDouble(actual, CultureInfo.InvariantCulture), Convert.ToDouble(expected, CultureInfo.InvariantCulture), 0)
            : null;
        return Fail(what, why ?? CheckText.NotRight, hint, hint2);
    }

    /// <summary>Passes when both vectors have the same length and every entry is close.</summary>
    public static CheckResult Close(IReadOnlyList<double>? actual, IReadOnlyList<double> expected, double tol = 1e-6, string hint = "", string? what = null, string hint2 = "")
    {
        what ??= CheckText.Vector;
        if (actual is null)
            return Fail(what, CheckText.NotComputed, hint, hint2);
        if (actual.Count != expected.Count)
            return Fail(what, CheckText.Length(actual.Count, expected.Count), hint, hint2);
        var why = WrongEntries(actual, expected, tol, i => $"[{i}]");
        return why is null ? Pass(CheckText.PassedEntries(what, actual.Count)) : Fail(what, why, hint, hint2);
    }

    /// <summary>Passes when both matrices have the same shape and every entry is close.</summary>
    public static CheckResult Matrix(Matrix<double>? actual, Matrix<double> expected, double tol = 1e-6, string hint = "", string? what = null, string hint2 = "")
    {
        what ??= CheckText.Matrix;
        if (actual is null)
            return Fail(what, CheckText.NotComputed, hint, hint2);
        if (actual.RowCount != expected.RowCount || actual.ColumnCount != expected.ColumnCount)
        {
            var transposed = actual.RowCount == expected.ColumnCount && actual.ColumnCount == expected.RowCount;
            return Fail(what, transposed ? CheckText.Transposed(ShapeOf(actual)) : CheckText.Shape(ShapeOf(actual), ShapeOf(expected)), hint, hint2);
        }
        // Row-major flattening, so entry k is [k / columns, k % columns].
        var columns = actual.ColumnCount;
        var why = WrongEntries(actual.ToRowMajorArray(), expected.ToRowMajorArray(), tol, k => $"[{k / columns},{k % columns}]");
        return why is null ? Pass(CheckText.PassedMatrix(what, ShapeOf(actual))) : Fail(what, why, hint, hint2);
    }

    /// <summary>The <see cref="Matrix(Matrix{double}?, Matrix{double}, double, string, string, string)"/> check for float matrices.</summary>
    public static CheckResult Matrix(Matrix<float>? actual, Matrix<float> expected, double tol = 1e-5, string hint = "", string? what = null, string hint2 = "")
        => Matrix(actual?.Map(v => (double)v), expected.Map(v => (double)v), tol, hint, what, hint2);

    /// <summary>How many times the check named <paramref name="what"/> has failed in this process.</summary>
    public static int FailuresOf(string what) => FailureCounts.TryGetValue(what, out var count) ? count : 0;

    /// <summary>Why <paramref name="actual"/> is not <paramref name="expected"/>, in kind; null when it is within tolerance.</summary>
    private static string? Wrong(double actual, double expected, double tol)
    {
        if (double.IsNaN(actual)) return CheckText.IsNaN;
        if (double.IsInfinity(actual)) return CheckText.IsInfinite;
        if (!double.IsFinite(expected)) return CheckText.NotRight;
        if (Within(actual, expected, tol)) return null;
        if (actual == 0) return CheckText.IsZero;
        if (expected != 0 && Math.Sign(actual) != Math.Sign(expected)) return CheckText.WrongSign;
        if (Math.Abs(actual - expected) <= 0.01 * Math.Abs(expected)) return CheckText.NearlyRight(Show(tol));
        return Math.Abs(actual) > Math.Abs(expected) ? CheckText.TooLarge : CheckText.TooSmall;
    }

    /// <summary>Why the entries differ — a pattern over all of them if there is one, else the first wrong entry.</summary>
    private static string? WrongEntries(IReadOnlyList<double> actual, IReadOnlyList<double> expected, double tol, Func<int, string> index)
    {
        var wrong = Enumerable.Range(0, actual.Count).Where(i => !Within(actual[i], expected[i], tol)).ToList();
        if (wrong.Count == 0) return null;
        if (actual.All(a => a == 0)) return CheckText.AllZero;
        if (wrong.Count > 1 && SameFactor(actual, expected, tol, out var factor))
            return factor < 0 && Math.Abs(factor + 1) <= tol ? CheckText.EveryEntryWrongSign : CheckText.EveryEntrySameFactor;
        var first = wrong[0];
        var entry = CheckText.Entry(index(first), Wrong(actual[first], expected[first], tol)!);
        return wrong.Count == 1 ? entry : CheckText.EntryAndCount(entry, CheckText.EntriesWrong(wrong.Count, actual.Count));
    }

    /// <summary>True when actual = factor · expected for every entry, with one factor ≠ 1 (a missing 1/n, a sign flip…).</summary>
    private static bool SameFactor(IReadOnlyList<double> actual, IReadOnlyList<double> expected, double tol, out double factor)
    {
        factor = double.NaN;
        var largest = Enumerable.Range(0, expected.Count).MaxBy(i => Math.Abs(expected[i]));
        if (expected[largest] == 0 || double.IsNaN(actual[largest]) || double.IsInfinity(actual[largest])) return false;
        var k = actual[largest] / expected[largest];
        if (k == 0 || Math.Abs(k - 1) <= tol) return false;
        for (var i = 0; i < expected.Count; i++)
            if (!Within(actual[i], k * expected[i], Math.Max(tol, 1e-9) * Math.Max(1, Math.Abs(k))))
                return false;
        factor = k;
        return true;
    }

    private static bool Within(double actual, double expected, double tol)
        => !double.IsNaN(actual) && Math.Abs(actual - expected) <= tol * Math.Max(1.0, Math.Abs(expected));

    private static bool IsNumber(object? value) => value is sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal;

    private static string ShapeOf<T>(Matrix<T> m) where T : struct, IEquatable<T>, IFormattable => $"{m.RowCount}×{m.ColumnCount}";

    private static CheckResult Pass(string what) => Report(new CheckResult(true, $"{CheckResult.PassMark} {what}"));

    private static CheckResult Fail(string what, string why, string hint, string hint2)
    {
        var failures = FailureCounts.AddOrUpdate(what, 1, (_, count) => count + 1);
        var message = $"{CheckResult.FailMark} {CheckText.Failed(what, why)}";
        if (!string.IsNullOrWhiteSpace(hint))
            message += CheckText.Hint(hint);
        if (failures >= 2 && !string.IsNullOrWhiteSpace(hint2))
            message += CheckText.SecondHint(hint2);
        return Report(new CheckResult(false, message));
    }

    private static CheckResult Report(CheckResult result)
    {
        Console.Out.WriteLine(result.Message);
        return result;
    }

    private static string Show(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
