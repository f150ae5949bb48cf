using System.Text.Json.Serialization;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>Content of <c>clear_output</c>; with <c>wait</c> the frontend clears when the next output arrives.</summary>
public sealed record ClearOutput([property: JsonPropertyName("wait")] bool Wait);
