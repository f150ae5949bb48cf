using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.Formatting.TabularData;

namespace NotebookKit.Display.Formatters;

/// <summary>
/// Types the real Formatting package knows how to show better than the kit's catch-alls: PocketView and any
/// <see cref="IHtmlContent"/>, <see cref="LaTeXString"/>, <see cref="TabularDataResource"/> (what
/// <c>DisplayTable()</c> shows), and any type carrying a <c>[TypeFormatterSource]</c>. Each of the package's
/// preferred mimes comes from the package; text/plain is always added.
/// </summary>
internal sealed class PolyglotTypeFormatter(Type type) : IObjectFormatter
{
    public static IEnumerable<PolyglotTypeFormatter> All() =>
        [new(typeof(IHtmlContent)), new(typeof(LaTeXString)), new(typeof(TabularDataResource))];

    /// <summary>A type that names its own formatters, as Polyglot's convention lets any library do.</summary>
    public static bool HasFormatterSource(Type type) =>
        type.GetCustomAttributes(inherit: true).Any(a => a.GetType().Name == nameof(TypeFormatterSourceAttribute));

    public Type Type => type;

    public MimeBundle Format(object value, FormatContext context)
    {
        var data = new Dictionary<string, object>();
        foreach (var mime in Formatter.GetPreferredMimeTypesFor(value.GetType()))
            data[mime] = Formatter.ToDisplayString(value, mime);
        if (!data.ContainsKey(MimeTypes.PlainText))
            data[MimeTypes.PlainText] = data.TryGetValue(MimeTypes.Html, out var html) ? Rendering.Html.StripTags((string)html) : value.ToString() ?? "";
        return new MimeBundle(data);
    }
}
