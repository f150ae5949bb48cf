using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>The one set of JSON settings for the wire: names from the records' attributes, nulls left out.</summary>
public static class WireJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Code and outputs carry <, >, & and non-ASCII text; escaping them is legal but bloats every message.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(WireJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    public static JsonObject ToObject(object value) =>
        JsonSerializer.SerializeToNode(value, value.GetType(), Options) as JsonObject
        ?? throw new ArgumentException($"{value.GetType().Name} does not serialize to a JSON object.", nameof(value));

    public static byte[] ToUtf8(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node, Options);

    public static byte[] ToUtf8<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);
}
