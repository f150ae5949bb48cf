using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookKit.Jupyter.Notebooks;

/// <summary>
/// Serializes a JSON tree exactly as Python's <c>json.dumps(obj, indent=1, sort_keys=True,
/// separators=(",", ": "), ensure_ascii=False)</c> does — the call nbformat's writer makes. Keys are sorted by
/// code point, non-ASCII is kept, only <c>"</c>, <c>\</c> and control characters are escaped, integers keep
/// their digits and floats take Python's repr.
/// </summary>
internal static class PythonJsonWriter
{
    public static string Serialize(JsonNode? node)
    {
        var sb = new StringBuilder();
        Write(sb, node, 0);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, JsonNode? node, int depth)
    {
        switch (node)
        {
            case null:
                sb.Append("null");
                break;
            case JsonObject obj:
                WriteObject(sb, obj, depth);
                break;
            case JsonArray array:
                WriteArray(sb, array, depth);
                break;
            case JsonValue value:
                WriteValue(sb, value);
                break;
        }
    }

    private static void WriteObject(StringBuilder sb, JsonObject obj, int depth)
    {
        if (obj.Count == 0)
        {
            sb.Append("{}");
            return;
        }
        var keys = obj.Select(p => p.Key).ToList();
        keys.Sort(CodePointComparer.Instance);
        sb.Append('{');
        for (var i = 0; i < keys.Count; i++)
        {
            sb.Append(i == 0 ? "\n" : ",\n").Append(' ', depth + 1);
            WriteString(sb, keys[i]);
            sb.Append(": ");
            Write(sb, obj[keys[i]], depth + 1);
        }
        sb.Append('\n').Append(' ', depth).Append('}');
    }

    private static void WriteArray(StringBuilder sb, JsonArray array, int depth)
    {
        if (array.Count == 0)
        {
            sb.Append("[]");
            return;
        }
        sb.Append('[');
        for (var i = 0; i < array.Count; i++)
        {
            sb.Append(i == 0 ? "\n" : ",\n").Append(' ', depth + 1);
            Write(sb, array[i], depth + 1);
        }
        sb.Append('\n').Append(' ', depth).Append(']');
    }

    private static void WriteValue(StringBuilder sb, JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                WriteString(sb, value.GetValue<string>());
                break;
            case JsonValueKind.True:
                sb.Append("true");
                break;
            case JsonValueKind.False:
                sb.Append("false");
                break;
            case JsonValueKind.Null:
                sb.Append("null");
                break;
            case JsonValueKind.Number:
                sb.Append(FormatNumber(value));
                break;
            default:
                throw new InvalidOperationException($"Cannot write JSON value of kind {value.GetValueKind()}.");
        }
    }

    private static string FormatNumber(JsonValue value)
    {
        if (value.TryGetValue<JsonElement>(out var element))
            return FormatRaw(element.GetRawText());
        if (IsIntegral(value))
            return value.ToJsonString();
        if (value.TryGetValue<double>(out var d))
            return PythonFloat.Format(d);
        return FormatRaw(value.ToJsonString());
    }

    private static string FormatRaw(string raw)
    {
        // Python's json reads a number with '.', 'e' or 'E' as float, anything else as int.
        if (raw.AsSpan().IndexOfAny(".eE") >= 0)
            return PythonFloat.Format(double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture));
        return BigInteger.Parse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
    }

    private static bool IsIntegral(JsonValue value) =>
        value.TryGetValue<int>(out _) || value.TryGetValue<long>(out _) || value.TryGetValue<uint>(out _)
        || value.TryGetValue<ulong>(out _) || value.TryGetValue<short>(out _) || value.TryGetValue<byte>(out _);

    private static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < 0x20)
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else
                        sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }

    /// <summary>Python sorts str keys by code point; ordinal UTF-16 order differs once surrogates meet U+E000–U+FFFF.</summary>
    private sealed class CodePointComparer : IComparer<string>
    {
        public static readonly CodePointComparer Instance = new();

        public int Compare(string? x, string? y)
        {
            var a = (x ?? "").EnumerateRunes().GetEnumerator();
            var b = (y ?? "").EnumerateRunes().GetEnumerator();
            while (true)
            {
                var hasA = a.MoveNext();
                var hasB = b.MoveNext();
                if (!hasA || !hasB)
                    return hasA.CompareTo(hasB);
                var cmp = a.Current.Value.CompareTo(b.Current.Value);
                if (cmp != 0)
                    return cmp;
            }
        }
    }
}
