namespace NotebookKit.Jupyter.Runner;

/// <summary>
/// How to run notebooks: a per-cell time limit (none when null), whether a failing cell stops the notebook, and the
/// kernel the user chose with <c>--kernel</c> (null: the notebook's kernelspec must be C#).
/// </summary>
public sealed record RunOptions(TimeSpan? CellTimeout = null, bool AllowErrors = false, string? Kernel = null);
