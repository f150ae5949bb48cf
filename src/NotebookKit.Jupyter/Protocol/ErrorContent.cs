using System.Text.Json.Serialization;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>Content of the <c>error</c> output (iopub) and of a reply with status error.</summary>
public sealed record ErrorContent(
    [property: JsonPropertyName("ename")] string ErrorName,
    [property: JsonPropertyName("evalue")] string ErrorValue,
    [property: JsonPropertyName("traceback")] IReadOnlyList<string> Traceback,
    [property: JsonPropertyName("status")] string? Status = null);
