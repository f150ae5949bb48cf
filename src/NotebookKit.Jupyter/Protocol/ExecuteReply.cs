using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>Content of <c>execute_reply</c>: status ok, error (with ename/evalue/traceback) or aborted.</summary>
public sealed record ExecuteReply(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("execution_count")] int ExecutionCount,
    [property: JsonPropertyName("payload")] JsonArray? Payload = null,
    [property: JsonPropertyName("user_expressions")] JsonObject? UserExpressions = null,
    [property: JsonPropertyName("ename")] string? ErrorName = null,
    [property: JsonPropertyName("evalue")] string? ErrorValue = null,
    [property: JsonPropertyName("traceback")] IReadOnlyList<string>? Traceback = null);
