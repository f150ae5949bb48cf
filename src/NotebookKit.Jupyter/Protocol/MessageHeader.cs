using System.Globalization;
using System.Text.Json.Serialization;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>The header every message carries; replies copy the request's header as their parent.</summary>
public sealed record MessageHeader(
    [property: JsonPropertyName("msg_id")] string MessageId,
    [property: JsonPropertyName("session")] string Session,
    [property: JsonPropertyName("username")] string Username,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("msg_type")] string MessageType,
    [property: JsonPropertyName("version")] string Version)
{
    /// <summary>The protocol version this kernel speaks.</summary>
    public const string ProtocolVersion = "5.3";

    public static MessageHeader Create(string messageType, string session, string username = "notebookkit") =>
        new(Guid.NewGuid().ToString("N"), session, username, Now(), messageType, ProtocolVersion);

    /// <summary>ISO-8601 with microseconds and a Z, as ipykernel writes it.</summary>
    public static string Now() => DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
