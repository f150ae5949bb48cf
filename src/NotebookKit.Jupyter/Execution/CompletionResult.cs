namespace NotebookKit.Jupyter.Execution;

/// <summary>Completions that replace code[<see cref="Start"/>..<see cref="End"/>] (UTF-16 indexes).</summary>
public sealed record CompletionResult(IReadOnlyList<string> Matches, int Start, int End, IReadOnlyList<string> Kinds);
