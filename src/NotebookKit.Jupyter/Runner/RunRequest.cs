namespace NotebookKit.Jupyter.Runner;

/// <summary>
/// What `notebookkit run` is asked to do: the notebooks (files or folders), where executed copies go (back into
/// each file, or into <see cref="OutputDir"/>, or nowhere), where HTML and PDF handouts go (nowhere when null),
/// and how each notebook runs.
/// </summary>
public sealed record RunRequest(IReadOnlyList<string> Paths, bool InPlace, string? OutputDir, string? HtmlDir, string? PdfDir, RunOptions Options);
