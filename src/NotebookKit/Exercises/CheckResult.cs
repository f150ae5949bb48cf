namespace NotebookKit.Exercises;

/// <summary>
/// The verdict of one exercise check: whether it passed and the line the learner sees
/// (<c>✓ …</c> or <c>✗ … hint</c>). Its text is that line, so a cell that ends in a check shows it.
/// </summary>
public sealed record CheckResult(bool Passed, string Message)
{
    /// <summary>The mark a passed check starts with.</summary>
    public const string PassMark = "✓";

    /// <summary>The mark a failed check starts with.</summary>
    public const string FailMark = "✗";

    public override string ToString() => Message;
}
