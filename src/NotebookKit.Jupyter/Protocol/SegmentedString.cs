using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>
/// A string output that goes on the wire a piece at a time. System.Text.Json escapes a string value in one buffer
/// sized for the worst case (six characters out per character in), rented from the shared <c>ArrayPool</c>: for the
/// 3.6 M characters of plotly.js that is a 64 MB <c>char[]</c> and a 32 MB <c>byte[]</c>, which the pool keeps for the
/// rest of the session. Written in segments, the largest buffer is a few hundred kilobytes; the JSON is the same.
/// </summary>
internal static class SegmentedString
{
    /// <summary>Strings up to this many characters are written in one piece, as before.</summary>
    public const int SegmentLength = 16 * 1024;

    private static readonly JsonTypeInfo<string> TypeInfo = JsonMetadataServices.CreateValueInfo<string>(WireJson.Options, new Converter());

    /// <summary>A JSON string node for <paramref name="text"/> that serializes segment by segment.</summary>
    public static JsonValue Create(string text) => JsonValue.Create(text, TypeInfo)!;

    private sealed class Converter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
        {
            if (value.Length <= SegmentLength)
            {
                writer.WriteStringValue(value);
                return;
            }
            var rest = value.AsSpan();
            while (rest.Length > SegmentLength)
            {
                // A surrogate pair stays in one segment, so each segment is whole UTF-16 on its own.
                var length = char.IsHighSurrogate(rest[SegmentLength - 1]) ? SegmentLength - 1 : SegmentLength;
                writer.WriteStringValueSegment(rest[..length], isFinalSegment: false);
                rest = rest[length..];
            }
            writer.WriteStringValueSegment(rest, isFinalSegment: true);
        }
    }
}
