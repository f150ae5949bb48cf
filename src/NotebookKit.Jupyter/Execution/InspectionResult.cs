namespace NotebookKit.Jupyter.Execution;

/// <summary>What Shift-Tab shows: a symbol's signature and documentation, as plain text and Markdown.</summary>
public sealed record InspectionResult(bool Found, string PlainText, string Markdown)
{
    public static InspectionResult NotFound { get; } = new(false, "", "");
}
