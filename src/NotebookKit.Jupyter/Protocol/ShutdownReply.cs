using System.Text.Json.Serialization;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>Content of <c>shutdown_reply</c>; <c>restart</c> echoes the request.</summary>
public sealed record ShutdownReply(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("restart")] bool Restart);
