namespace NotebookKit.Jupyter.Runner;

/// <summary>How to run notebooks: a per-cell time limit (none when null) and whether a failing cell stops the notebook.</summary>
public sealed record RunOptions(TimeSpan? CellTimeout = null, bool AllowErrors = false);
