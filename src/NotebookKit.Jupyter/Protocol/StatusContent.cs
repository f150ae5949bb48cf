using System.Text.Json.Serialization;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>Content of <c>status</c>: starting, busy or idle.</summary>
public sealed record StatusContent([property: JsonPropertyName("execution_state")] string ExecutionState);
