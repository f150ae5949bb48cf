using NotebookKit.Localization;

namespace NotebookKit.Exercises;

/// <summary>
/// Every word a check prints, in one place, read from <see cref="KitText"/> (<c>Localization/KitText*.resx</c>, keys
/// <c>Check_*</c>) in the language <see cref="KitLanguage.Current"/> names — so a lesson that runs
/// <c>KitLanguage.Use("zh-CN")</c> gets its ✓/✗ lines in Chinese, punctuation included.
/// Each message says what is wrong <em>in kind</em> (shape, NaN, sign, direction) and never the expected value.
/// </summary>
public static class CheckText
{
    // Default names of the checked thing, when a check is called without `what:`.
    public static string Value => KitText.Get("Check_Value");
    public static string Condition => KitText.Get("Check_Condition");
    public static string Vector => KitText.Get("Check_Vector");
    public static string Matrix => KitText.Get("Check_Matrix");

    public static string NotComputed => KitText.Get("Check_NotComputed");
    public static string NotSatisfied => KitText.Get("Check_NotSatisfied");
    public static string NotRight => KitText.Get("Check_NotRight");
    public static string IsNaN => KitText.Get("Check_IsNaN");
    public static string IsInfinite => KitText.Get("Check_IsInfinite");
    public static string IsZero => KitText.Get("Check_IsZero");
    public static string WrongSign => KitText.Get("Check_WrongSign");
    public static string TooLarge => KitText.Get("Check_TooLarge");
    public static string TooSmall => KitText.Get("Check_TooSmall");
    public static string NearlyRight(string tol) => KitText.Format("Check_NearlyRight", tol);

    public static string Length(int actual, int expected) => KitText.Format("Check_Length", actual, expected);
    public static string Shape(string actual, string expected) => KitText.Format("Check_Shape", actual, expected);
    public static string Transposed(string actual) => KitText.Format("Check_Transposed", actual);
    public static string EveryEntryWrongSign => KitText.Get("Check_EveryEntryWrongSign");
    public static string EveryEntrySameFactor => KitText.Get("Check_EveryEntrySameFactor");
    public static string AllZero => KitText.Get("Check_AllZero");
    public static string Entry(string index, string why) => KitText.Format("Check_Entry", index, why);
    public static string EntriesWrong(int wrong, int total) => KitText.Format("Check_EntriesWrong", wrong, total);
    public static string EntryAndCount(string entry, string count) => KitText.Format("Check_EntryAndCount", entry, count);

    public static string Passed(string what) => what;
    public static string PassedValue(string what, string value) => $"{what} = {value}";
    public static string PassedEntries(string what, int count) => KitText.Format("Check_PassedEntries", what, count);
    public static string PassedMatrix(string what, string shape) => KitText.Format("Check_PassedMatrix", what, shape);

    /// <summary>"what: why." — a reason that already asks a question ("is it computed yet?") gets no full stop.</summary>
    public static string Failed(string what, string why) =>
        EndsSentence(why) ? KitText.Format("Check_FailedAsking", what, why) : KitText.Format("Check_Failed", what, why);

    /// <summary>The first hint, appended to a failed line.</summary>
    public static string Hint(string hint) => KitText.Format("Check_Hint", hint) + SentenceEnd(hint);

    /// <summary>The more specific hint, appended from the second failure of the same check on.</summary>
    public static string SecondHint(string hint2) => KitText.Format("Check_SecondHint", hint2) + SentenceEnd(hint2);

    // A language that closes every sentence (Chinese: 。) closes a hint too, unless the hint closed itself;
    // English hints run on without a full stop, as they always have.
    private static string SentenceEnd(string hint) => EndsSentence(hint) ? "" : KitText.Get("Check_HintEnd");

    private static bool EndsSentence(string text) => text.TrimEnd() is [.., '?' or '？' or '。' or '！' or '!' or '.'];
}
