using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>Content of <c>display_data</c> and <c>update_display_data</c>; <c>transient.display_id</c> links an update to its display.</summary>
public sealed record DisplayData(
    [property: JsonPropertyName("data")] JsonObject Data,
    [property: JsonPropertyName("metadata")] JsonObject Metadata,
    [property: JsonPropertyName("transient")] JsonObject Transient);
