using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>Content of <c>history_reply</c>: rows of [session, line, input] or [session, line, [input, output]].</summary>
public sealed record HistoryReply(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("history")] JsonArray History);
