using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>
/// Turns messages into ZeroMQ frames and back:
/// <c>[identities…, "&lt;IDS|MSG&gt;", hmac, header, parent_header, metadata, content, buffers…]</c>.
/// Decoding verifies the signature before any JSON is parsed, so a forged message never reaches a handler.
/// </summary>
public sealed class WireCodec(MessageSigner signer)
{
    public static readonly byte[] Delimiter = "<IDS|MSG>"u8.ToArray();
    private static readonly byte[] EmptyObject = "{}"u8.ToArray();

    public List<byte[]> Encode(Message message)
    {
        var header = WireJson.ToUtf8(message.Header);
        var parent = message.ParentHeader is null ? EmptyObject : WireJson.ToUtf8(message.ParentHeader);
        var metadata = WireJson.ToUtf8(message.Metadata);
        var content = WireJson.ToUtf8(message.Content);
        var frames = new List<byte[]>(message.Identities.Count + 6 + message.Buffers.Count);
        frames.AddRange(message.Identities);
        frames.Add(Delimiter);
        frames.Add(Encoding.ASCII.GetBytes(signer.Sign(header, parent, metadata, content)));
        frames.Add(header);
        frames.Add(parent);
        frames.Add(metadata);
        frames.Add(content);
        frames.AddRange(message.Buffers);
        return frames;
    }

    public Message Decode(IReadOnlyList<byte[]> frames)
    {
        var delimiter = -1;
        for (var i = 0; i < frames.Count; i++)
            if (frames[i].AsSpan().SequenceEqual(Delimiter)) { delimiter = i; break; }
        if (delimiter < 0)
            throw new WireFormatException("No <IDS|MSG> delimiter frame.");
        if (frames.Count < delimiter + 6)
            throw new WireFormatException($"Expected 5 frames after the delimiter (signature, header, parent_header, metadata, content), got {frames.Count - delimiter - 1}.");
        var signature = frames[delimiter + 1];
        var header = frames[delimiter + 2];
        var parent = frames[delimiter + 3];
        var metadata = frames[delimiter + 4];
        var content = frames[delimiter + 5];
        if (!signer.Verify(signature, header, parent, metadata, content))
            throw new WireFormatException(signature.Length == 0 ? "Missing signature." : "Invalid signature.");
        try
        {
            var parsedHeader = JsonSerializer.Deserialize<MessageHeader>(header, WireJson.Options)
                ?? throw new WireFormatException("The header is null.");
            if (string.IsNullOrEmpty(parsedHeader.MessageType))
                throw new WireFormatException("The header has no msg_type.");
            var parentNode = JsonNode.Parse(parent) as JsonObject;
            var parsedParent = parentNode is { Count: > 0 } ? parentNode.Deserialize<MessageHeader>(WireJson.Options) : null;
            return new Message(
                frames.Take(delimiter).ToArray(),
                parsedHeader,
                parsedParent,
                JsonNode.Parse(metadata) as JsonObject ?? new JsonObject(),
                JsonNode.Parse(content) as JsonObject ?? throw new WireFormatException("The content is not a JSON object."),
                frames.Skip(delimiter + 6).ToArray());
        }
        catch (JsonException e)
        {
            throw new WireFormatException($"Malformed JSON: {e.Message}", e);
        }
    }
}
