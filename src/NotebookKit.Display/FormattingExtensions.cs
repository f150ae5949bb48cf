using System.Text.Json.Nodes;

namespace NotebookKit.Display;

/// <summary><c>x.ToDisplayString("text/html")</c>, as in Polyglot: the text of one mime of an object's bundle.</summary>
/// <remarks>
/// Generic, like <see cref="DisplayExtensions.Display{T}"/>: beside the real package's
/// <c>Formatter.ToDisplayString(this object, string)</c> the generic form is the better overload, so there is no
/// ambiguity and the kit's formatters (and the notebook's registrations) answer.
/// </remarks>
public static class FormattingExtensions
{
    public static string ToDisplayString<T>(this T value, string mimeType = MimeTypes.PlainText) =>
        ToDisplayString(value, mimeType, FormatterRegistry.Default);

    public static string ToDisplayString(this object? value, string mimeType, FormatterRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var bundle = registry.Format(value);
        if (bundle.TryGetValue(mimeType, out var content))
            return content is JsonNode json ? json.ToJsonString() : (string)content;
        if (mimeType == MimeTypes.Html)
        {
            // SVG is valid inside HTML; anything else falls back to its text, escaped.
            if (bundle.TryGetValue(MimeTypes.Svg, out var svg)) return (string)svg;
            if (bundle.TryGetValue(MimeTypes.Png, out var png)) return $"<img src=\"data:image/png;base64,{png}\"/>";
            return $"<pre>{Html.Encode(bundle.PlainText)}</pre>";
        }
        throw new ArgumentException(
            $"{TypeNames.Of(value?.GetType() ?? typeof(object))} has no {mimeType} form; it has {string.Join(", ", bundle.Keys)}.",
            nameof(mimeType));
    }
}
