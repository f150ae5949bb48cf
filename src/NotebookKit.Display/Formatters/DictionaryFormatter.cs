using System.Collections;

namespace NotebookKit.Display.Formatters;

/// <summary>A dictionary: a key/value table, capped like any sequence.</summary>
internal sealed class DictionaryFormatter : IFallbackFormatter
{
    public Type Type => typeof(IDictionary);

    public MimeBundle Format(object value, FormatContext context)
    {
        var dictionary = (IDictionary)value;
        int limit = context.ListExpansionLimit;
        string caption = $"{TypeNames.Of(value.GetType())} ({dictionary.Count} entr{(dictionary.Count == 1 ? "y" : "ies")})";
        var html = new HtmlTable().Caption(caption).Header("key", "value");
        var text = new List<string[]>();
        int shown = 0;
        foreach (DictionaryEntry entry in dictionary)
        {
            if (shown++ == limit) break;
            string key = ValueText.Short(entry.Key), cell = ValueText.Short(entry.Value);
            html.Row(null, [key, cell]);
            text.Add([key, cell]);
        }
        string plain = caption + "\n" + TextTable.Render(text);
        if (dictionary.Count > limit)
        {
            html.More(2, $"… ({dictionary.Count - limit} more)");
            plain += $"\n… ({dictionary.Count - limit} more)";
        }
        return new MimeBundle(plain).With(MimeTypes.Html, html.ToString());
    }
}
