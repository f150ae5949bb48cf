namespace NotebookKit.Jupyter.Translation;

/// <summary>
/// What a <see cref="TranslateCheckJob"/> found: each translated lesson checked, in order, and, when a lesson could
/// not be read, why the check stopped there (<see cref="Failure"/>).
/// </summary>
public sealed record TranslateCheckOutcome(IReadOnlyList<TranslatedLesson> Lessons, string? Failure)
{
    /// <summary>True when every lesson was read and matches its English lesson.</summary>
    public bool Succeeded => Failure is null && Lessons.All(l => l.Matches);
}
