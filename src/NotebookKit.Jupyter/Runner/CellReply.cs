namespace NotebookKit.Jupyter.Runner;

/// <summary>The execute_reply of one cell: status ok, error or aborted, and for errors the exception's name, value and traceback.</summary>
public sealed record CellReply(string Status, int? ExecutionCount, string? ErrorName = null, string? ErrorValue = null, IReadOnlyList<string>? Traceback = null)
{
    public bool IsError => Status == "error";
}
