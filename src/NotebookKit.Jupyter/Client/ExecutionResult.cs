using NotebookKit.Jupyter.Protocol;

namespace NotebookKit.Jupyter.Client;

/// <summary>One executed cell: its execute_reply and every iopub message it caused (in order, status messages excluded).</summary>
public sealed record ExecutionResult(Message Reply, IReadOnlyList<Message> Outputs)
{
    /// <summary>ok, error or aborted.</summary>
    public string Status => Reply.Content["status"]?.GetValue<string>() ?? "error";

    public int ExecutionCount => Reply.Content["execution_count"]?.GetValue<int>() ?? 0;

    public bool Succeeded => Status == "ok";
}
