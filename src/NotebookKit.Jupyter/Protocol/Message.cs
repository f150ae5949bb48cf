using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>
/// One Jupyter message: routing identities, header, parent header, metadata, content and binary buffers.
/// Content stays a <see cref="JsonObject"/> so fields this kernel does not know survive; typed records
/// (<see cref="ExecuteRequest"/>, …) are read from it with <see cref="ContentAs{T}"/>.
/// </summary>
public sealed record Message(
    IReadOnlyList<byte[]> Identities,
    MessageHeader Header,
    MessageHeader? ParentHeader,
    JsonObject Metadata,
    JsonObject Content,
    IReadOnlyList<byte[]> Buffers)
{
    public string MessageType => Header.MessageType;

    public T ContentAs<T>() =>
        Content.Deserialize<T>(WireJson.Options)
        ?? throw new InvalidDataException($"{MessageType} has no content.");

    /// <summary>A new message; with a <paramref name="parent"/> it is a reply or output of that request and goes back to its sender.</summary>
    public static Message Create(string messageType, object content, Message? parent, string session, JsonObject? metadata = null) =>
        new(parent?.Identities ?? [],
            MessageHeader.Create(messageType, session),
            parent?.Header,
            metadata ?? new JsonObject(),
            content as JsonObject ?? WireJson.ToObject(content),
            []);
}
