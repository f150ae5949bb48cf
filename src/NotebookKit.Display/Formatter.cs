namespace NotebookKit.Display;

/// <summary>
/// The Polyglot-compatible static face of <see cref="FormatterRegistry.Default"/>:
/// <c>Formatter.Register&lt;T&gt;(x =&gt; "…", "text/html")</c>. Everything here forwards to the registry.
/// </summary>
public static class Formatter
{
    /// <summary>Polyglot's default mime for registrations and display.</summary>
    public const string DefaultMimeType = MimeTypes.Html;

    public static int ListExpansionLimit
    {
        get => FormatterRegistry.Default.ListExpansionLimit;
        set => FormatterRegistry.Default.ListExpansionLimit = value;
    }

    public static void Register<T>(Func<T, string> formatter, string mimeType = DefaultMimeType) =>
        FormatterRegistry.Default.Register(mimeType, formatter);

    public static void Register<T>(Action<T, TextWriter> formatter, string mimeType = DefaultMimeType) =>
        FormatterRegistry.Default.Register(mimeType, formatter);

    /// <summary>For a type known at run time; <paramref name="type"/> may be an open generic (<c>typeof(List&lt;&gt;)</c>).</summary>
    public static void Register(Type type, Action<object, TextWriter> formatter, string mimeType = DefaultMimeType) =>
        FormatterRegistry.Default.Register(type, mimeType, formatter);

    public static void Register(Type type, Func<object, string> formatter, string mimeType = DefaultMimeType)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        FormatterRegistry.Default.Register(type, mimeType, (o, w) => w.Write(formatter(o)));
    }

    public static void Register(IObjectFormatter formatter) => FormatterRegistry.Default.Register(formatter);

    public static void SetPreferredMimeTypesFor(Type type, params string[] preferredMimeTypes) =>
        FormatterRegistry.Default.SetPreferredMimeTypes(type, preferredMimeTypes);

    /// <summary>Forgets user registrations; the kit's formatters stay.</summary>
    public static void ResetToDefault() => FormatterRegistry.Default.ResetToDefault();
}
