using System.Text.Json.Serialization;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>Content of <c>is_complete_reply</c>: complete, incomplete (with the next line's indent), invalid or unknown.</summary>
public sealed record IsCompleteReply(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("indent")] string? Indent = null);
