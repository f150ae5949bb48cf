using System.Text.Json.Serialization;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>Content of <c>input_reply</c>: the line the user typed.</summary>
public sealed record InputReply([property: JsonPropertyName("value")] string Value);
