namespace NotebookKit.Jupyter.Execution;

/// <summary>complete, incomplete (with the indent the next line should get), invalid or unknown.</summary>
public sealed record CompletenessResult(string Status, string? Indent = null);
