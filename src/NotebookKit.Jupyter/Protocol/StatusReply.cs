using System.Text.Json.Serialization;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>A reply that carries only a status: <c>interrupt_reply</c>, or an aborted request's reply.</summary>
public sealed record StatusReply([property: JsonPropertyName("status")] string Status);
