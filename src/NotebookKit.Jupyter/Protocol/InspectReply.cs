using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>Content of <c>inspect_reply</c>: a mime bundle describing the symbol under the cursor.</summary>
public sealed record InspectReply(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("found")] bool Found,
    [property: JsonPropertyName("data")] JsonObject Data,
    [property: JsonPropertyName("metadata")] JsonObject Metadata);
