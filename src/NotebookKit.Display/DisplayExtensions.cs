namespace NotebookKit.Display;

/// <summary>The extension forms Polyglot notebooks used: <c>x.Display()</c>, <c>"…".DisplayAs(mime)</c>, <c>rows.DisplayTable()</c>.</summary>
public static class DisplayExtensions
{
    /// <summary>Shows the value as a new output; see <see cref="NotebookGlobals.display"/>.</summary>
    public static DisplayHandle Display(this object? value, params string[] mimeTypes) => NotebookGlobals.display(value, mimeTypes);

    /// <summary>Shows <paramref name="content"/> as the given mime type, e.g. <c>svg.DisplayAs("image/svg+xml")</c>.</summary>
    public static DisplayHandle DisplayAs(this string content, string mimeType)
    {
        ArgumentNullException.ThrowIfNull(content);
        var bundle = mimeType == MimeTypes.PlainText ? new MimeBundle(content)
            : new MimeBundle(mimeType == MimeTypes.Html ? Html.StripTags(content) : content)
                .With(mimeType, MimeTypes.IsJson(mimeType) ? System.Text.Json.Nodes.JsonNode.Parse(content)! : (object)content);
        return NotebookGlobals.display(bundle);
    }

    /// <summary>Shows the rows as a table, one column per property, up to <paramref name="maxRows"/> rows.</summary>
    public static DisplayHandle DisplayTable<T>(this IEnumerable<T> rows, int maxRows = 100) =>
        NotebookGlobals.display(new TableView<T>(rows, maxRows));

    /// <summary>A table of the rows to return from a cell or pass to <c>display</c>.</summary>
    public static TableView<T> ToTable<T>(this IEnumerable<T> rows, int maxRows = 100) => new(rows, maxRows);
}
