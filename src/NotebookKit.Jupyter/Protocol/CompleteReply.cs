using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>Content of <c>complete_reply</c>: the matches replace code[cursor_start..cursor_end] (code points).</summary>
public sealed record CompleteReply(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("matches")] IReadOnlyList<string> Matches,
    [property: JsonPropertyName("cursor_start")] int CursorStart,
    [property: JsonPropertyName("cursor_end")] int CursorEnd,
    [property: JsonPropertyName("metadata")] JsonObject Metadata);
