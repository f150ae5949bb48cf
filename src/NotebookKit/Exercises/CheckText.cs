namespace NotebookKit.Exercises;

/// <summary>
/// Every word a check prints, in one place, so a translation replaces this file's strings and nothing else.
/// Each message says what is wrong <em>in kind</em> (shape, NaN, sign, direction) and never the expected value.
/// </summary>
public static class CheckText
{
    public static string HintLabel => "Hint";
    public static string SecondHintLabel => "Look closer";

    public static string NotComputed => "not computed yet (null)";
    public static string NotSatisfied => "not satisfied";
    public static string NotRight => "is not right yet";
    public static string IsNaN => "is NaN (not a number): a 0/0, a log of a negative number or an overflow upstream";
    public static string IsInfinite => "is infinite: a division by zero or an overflow";
    public static string IsZero => "is 0: is it computed yet?";
    public static string WrongSign => "has the wrong sign";
    public static string TooLarge => "is too large";
    public static string TooSmall => "is too small";
    public static string NearlyRight(string tol) => $"is close, but not within the tolerance {tol}";

    public static string Length(int actual, int expected) => $"has length {actual}, should have length {expected}";
    public static string Shape(string actual, string expected) => $"has shape {actual}, should have shape {expected}";
    public static string Transposed(string actual) => $"has shape {actual}: the transpose of the shape wanted";
    public static string EveryEntryWrongSign => "every entry has the wrong sign";
    public static string EveryEntrySameFactor => "every entry is off by the same factor: a scale is missing or extra";
    public static string AllZero => "every entry is 0: is it computed yet?";
    public static string Entry(string index, string why) => $"entry {index} {why}";
    public static string EntriesWrong(int wrong, int total) => $"{wrong} of {total} entries are off";

    public static string Passed(string what) => what;
    public static string PassedValue(string what, string value) => $"{what} = {value}";
    public static string PassedEntries(string what, int count) => $"{what} ({count} entries) matches";
    public static string PassedMatrix(string what, string shape) => $"{what} ({shape}) matches";
}
