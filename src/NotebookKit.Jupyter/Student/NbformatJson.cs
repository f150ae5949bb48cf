using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace NotebookKit.Jupyter.Student;

/// <summary>
/// Serialises JSON exactly as nbformat does — Python's <c>json.dumps(nb, sort_keys=True, indent=1,
/// ensure_ascii=False)</c> plus a final newline — so a generated notebook diffs cleanly against one
/// that Jupyter saved.
/// </summary>
internal static class NbformatJson
{
    public static string Write(JsonNode? node)
    {
        var text = new StringBuilder();
        WriteNode(text, node, 0);
        return text.Append('\n').ToString();
    }

    private static void WriteNode(StringBuilder text, JsonNode? node, int depth)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject obj when obj.Count == 0:
                text.Append("{}");
                break;
            case JsonObject obj:
                text.Append('{');
                var first = true;
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    text.Append(first ? "\n" : ",\n").Append(' ', depth + 1);
                    WriteString(text, key);
                    text.Append(": ");
                    WriteNode(text, value, depth + 1);
                    first = false;
                }
                text.Append('\n').Append(' ', depth).Append('}');
                break;
            case JsonArray array when array.Count == 0:
                text.Append("[]");
                break;
            case JsonArray array:
                text.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    text.Append(i == 0 ? "\n" : ",\n").Append(' ', depth + 1);
                    WriteNode(text, array[i], depth + 1);
                }
                text.Append('\n').Append(' ', depth).Append(']');
                break;
            case JsonValue value when value.TryGetValue(out string? s):
                WriteString(text, s);
                break;
            case JsonValue value when value.TryGetValue(out bool b):
                text.Append(b ? "true" : "false");
                break;
            case JsonValue value when value.TryGetValue(out long l):
                text.Append(l.ToString(CultureInfo.InvariantCulture));
                break;
            default:
                // Other numbers keep the text they were parsed from.
                text.Append(node.ToJsonString());
                break;
        }
    }

    // Python's json escapes only '"', '\\' and control characters when ensure_ascii is off.
    private static void WriteString(StringBuilder text, string s)
    {
        text.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case < ' ': text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: text.Append(c); break;
            }
        }
        text.Append('"');
    }
}
