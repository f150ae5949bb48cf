using System.Text.Json.Serialization;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>Content of <c>history_request</c>: tail (last n), range (session/start/stop) or search (glob pattern).</summary>
public sealed record HistoryRequest(
    [property: JsonPropertyName("output")] bool Output = false,
    [property: JsonPropertyName("raw")] bool Raw = true,
    [property: JsonPropertyName("hist_access_type")] string HistAccessType = "tail",
    [property: JsonPropertyName("session")] int Session = 0,
    [property: JsonPropertyName("start")] int Start = 0,
    [property: JsonPropertyName("stop")] int? Stop = null,
    [property: JsonPropertyName("n")] int? N = null,
    [property: JsonPropertyName("pattern")] string? Pattern = null,
    [property: JsonPropertyName("unique")] bool Unique = false);
