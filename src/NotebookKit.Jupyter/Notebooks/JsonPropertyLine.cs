using System.Text;
using System.Text.Json;

namespace NotebookKit.Jupyter.Notebooks;

/// <summary>The 1-based line of a top-level property in JSON text, so an error can point at it.</summary>
internal static class JsonPropertyLine
{
    public static int Find(string json, string property)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 });
        try
        {
            while (reader.Read())
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals(property))
                    return 1 + bytes.AsSpan(0, (int)reader.TokenStartIndex).Count((byte)'\n');
        }
        catch (JsonException)
        {
            // The caller parsed this text already; a reader that disagrees just gives no line.
        }
        return 1;
    }
}
