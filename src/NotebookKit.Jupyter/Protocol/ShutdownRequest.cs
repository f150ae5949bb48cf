using System.Text.Json.Serialization;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>Content of <c>shutdown_request</c>.</summary>
public sealed record ShutdownRequest([property: JsonPropertyName("restart")] bool Restart = false);
