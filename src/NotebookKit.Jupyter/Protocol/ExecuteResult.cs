using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>Content of <c>execute_result</c>: the value of the cell's trailing expression as a mime bundle.</summary>
public sealed record ExecuteResult(
    [property: JsonPropertyName("execution_count")] int ExecutionCount,
    [property: JsonPropertyName("data")] JsonObject Data,
    [property: JsonPropertyName("metadata")] JsonObject Metadata);
