using System.Text.Json.Serialization;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>Content of <c>inspect_request</c> (Shift-Tab in a frontend).</summary>
public sealed record InspectRequest(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("cursor_pos")] int? CursorPosition = null,
    [property: JsonPropertyName("detail_level")] int DetailLevel = 0);
