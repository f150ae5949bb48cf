using System.Collections;
using NotebookKit.Localization;

namespace NotebookKit.Display.Formatters;

/// <summary>
/// Any sequence: a table with one row per item, capped at <see cref="FormatterRegistry.ListExpansionLimit"/>
/// rows and closed with "… (N more)". Items with properties get one column per property (what Polyglot's
/// <c>DisplayTable</c> did); plain values get an index and a value column.
/// </summary>
internal sealed class SequenceFormatter : IFallbackFormatter
{
    public Type Type => typeof(IEnumerable);

    public MimeBundle Format(object value, FormatContext context) =>
        Table((IEnumerable)value, context.ListExpansionLimit, TypeNames.Of(value.GetType()));

    internal static MimeBundle Table(IEnumerable sequence, int limit, string title)
    {
        var items = new List<object?>();
        bool more = false;
        foreach (var item in sequence)
        {
            if (items.Count == limit) { more = true; break; }
            items.Add(item);
        }
        int? total = sequence is ICollection c ? c.Count : more ? null : items.Count;
        string caption = total switch
        {
            1 => KitText.Format("Sequence_Items_One", title),
            int n => KitText.Format("Sequence_Items", title, n),
            null => KitText.Format("Sequence_ItemsMoreThan", title, limit),
        };
        string moreText = total is int t ? KitText.Format("Sequence_More", t - items.Count) : KitText.Get("Sequence_MoreUnknown");

        var columns = ColumnsFor(ElementType(sequence.GetType()), items);
        var html = new HtmlTable().Caption(caption);
        var text = new List<string[]>();
        if (columns is null)
        {
            html.Header("#", KitText.Get("Sequence_Value"));
            for (int i = 0; i < items.Count; i++)
            {
                string cell = ValueText.Short(items[i]);
                html.Row(i.ToString(), [cell]);
                text.Add([$"[{i}]", cell]);
            }
            if (more || total > items.Count) html.More(2, moreText);
        }
        else
        {
            html.Header(["#", .. columns.Select(m => m.Name)]);
            text.Add(["#", .. columns.Select(m => m.Name)]);
            for (int i = 0; i < items.Count; i++)
            {
                string[] cells = [.. columns.Select(m => items[i] is { } o ? ValueText.Short(m.Read(o), 60) : "")];
                html.Row(i.ToString(), cells);
                text.Add([i.ToString(), .. cells]);
            }
            if (more || total > items.Count) html.More(columns.Count + 1, moreText);
        }
        string plain = caption + "\n" + TextTable.Render(text) + (more || total > items.Count ? "\n" + moreText : "");
        return new MimeBundle(plain).With(MimeTypes.Html, html.ToString());
    }

    /// <summary>Property columns when every item is a non-scalar object of the element type; null for plain values.</summary>
    private static IReadOnlyList<Members.Member>? ColumnsFor(Type? elementType, List<object?> items)
    {
        Type? type = elementType is not null && elementType != typeof(object) ? elementType
            : items.FirstOrDefault(i => i is not null)?.GetType();
        if (type is null || IsScalar(type)) return null;
        if (ValueText.OverridesToString(type) && !ValueText.IsRecordLike(type)) return null;
        if (items.Any(i => i is not null && !type.IsInstanceOfType(i))) return null;
        var members = Members.Of(type);
        return members.Count == 0 ? null : members;
    }

    private static bool IsScalar(Type type) =>
        ScalarFormatter.Types.Any(t => t.IsAssignableFrom(type)) || typeof(IEnumerable).IsAssignableFrom(type);

    private static Type? ElementType(Type sequenceType)
    {
        if (sequenceType.IsArray) return sequenceType.GetElementType();
        var face = sequenceType.GetInterfaces().Prepend(sequenceType)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return face?.GetGenericArguments()[0];
    }
}
