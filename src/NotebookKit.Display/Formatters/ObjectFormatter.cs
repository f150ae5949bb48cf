namespace NotebookKit.Display.Formatters;

/// <summary>
/// Any object: a two-column table of its public properties and fields (name, value), and
/// <c>Type { A = 1, B = 2 }</c> as text. A type that writes its own ToString (and is not a record) keeps it.
/// </summary>
internal sealed class ObjectFormatter : IFallbackFormatter
{
    public Type Type => typeof(object);

    public MimeBundle Format(object value, FormatContext context)
    {
        Type type = value.GetType();
        string text = ValueText.Describe(value, context.ListExpansionLimit);
        if (ValueText.OverridesToString(type) && !ValueText.IsRecordLike(type)) return new MimeBundle(text);
        var members = Members.Of(type);
        if (members.Count == 0) return new MimeBundle(text);
        var table = new HtmlTable().Caption(TypeNames.Of(type)).Header("Property", "Value");
        foreach (var m in members) table.Row(null, [m.Name, ValueText.Short(m.Read(value))]);
        return new MimeBundle(text).With(MimeTypes.Html, table.ToString());
    }
}
