namespace NotebookKit.Jupyter.Runner;

/// <summary>
/// What a <see cref="RunJob"/> did: either why it refused to start (<see cref="Refusal"/> and its message), or each
/// notebook's result in order, the handout files it wrote, and the problems that cost a handout but not a notebook
/// (a PDF that failed to print). A failed notebook is in <see cref="Notebooks"/> with its message and was not written.
/// </summary>
public sealed record RunOutcome(RunRefusal Refusal, string? RefusalMessage, IReadOnlyList<NotebookRunResult> Notebooks,
    IReadOnlyList<string> Handouts, IReadOnlyList<string> Warnings)
{
    /// <summary>True when the run started and every notebook ran to its end.</summary>
    public bool Succeeded => Refusal == RunRefusal.None && Notebooks.All(n => n.Succeeded);

    internal static RunOutcome Refused(RunRefusal why, string message) => new(why, message, [], [], []);
}
