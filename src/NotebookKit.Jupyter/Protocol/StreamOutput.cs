using System.Text.Json.Serialization;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>Content of <c>stream</c>: text written to stdout or stderr.</summary>
public sealed record StreamOutput(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("text")] string Text);
