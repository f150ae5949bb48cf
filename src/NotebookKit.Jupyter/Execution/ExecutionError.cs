namespace NotebookKit.Jupyter.Execution;

/// <summary>A failed cell as Jupyter shows it: exception name, message, and the lines to print.</summary>
public sealed record ExecutionError(string Name, string Value, IReadOnlyList<string> Traceback);
