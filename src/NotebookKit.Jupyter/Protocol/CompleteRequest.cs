using System.Text.Json.Serialization;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>Content of <c>complete_request</c>; <c>cursor_pos</c> counts Unicode code points.</summary>
public sealed record CompleteRequest(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("cursor_pos")] int? CursorPosition = null);
