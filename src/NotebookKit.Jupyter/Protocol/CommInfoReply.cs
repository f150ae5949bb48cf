using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>Content of <c>comm_info_reply</c>. This kernel opens no comms, so <c>comms</c> is empty.</summary>
public sealed record CommInfoReply(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("comms")] JsonObject Comms);
