namespace NotebookKit.Display;

/// <summary>
/// The notebook globals every cell sees (the kernel adds <c>using static NotebookKit.Display.NotebookGlobals;</c>):
/// <c>display(x)</c>, <c>HTML(…)</c>, <c>Markdown(…)</c>, <c>ClearOutput()</c> — the names Polyglot notebooks used.
/// </summary>
public static class NotebookGlobals
{
    /// <summary>
    /// Shows <paramref name="value"/> as a new output and returns a handle to update it in place.
    /// With <paramref name="mimeTypes"/>, only those (plus text/plain) are sent. Outside a notebook, prints its text.
    /// </summary>
#pragma warning disable IDE1006 // lower case on purpose: the name notebooks already use
    public static DisplayHandle display(object? value, params string[] mimeTypes) =>
        Show(FormatterRegistry.Default, DisplaySession.Current, value, mimeTypes);
#pragma warning restore IDE1006

    /// <summary>Markup to show as is: <c>display(HTML("&lt;b&gt;hi&lt;/b&gt;"))</c>, or as a cell's value.</summary>
    public static HtmlContent HTML(string html) => new(html ?? throw new ArgumentNullException(nameof(html)));

    /// <summary>Markdown to render: <c>Markdown("**bold**")</c>.</summary>
    public static MarkdownContent Markdown(string markdown) => new(markdown ?? throw new ArgumentNullException(nameof(markdown)));

    /// <summary>Runs JavaScript in the page (Polyglot's <c>Javascript(…)</c>): a script element, run where outputs are trusted.</summary>
    public static void Javascript(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        display(new MimeBundle(code).With(MimeTypes.Html, $"<script type=\"text/javascript\">{code}</script>"));
    }

    /// <summary>Adds a style sheet to the page (Polyglot's <c>CSS(…)</c>).</summary>
    public static void CSS(string css)
    {
        ArgumentNullException.ThrowIfNull(css);
        display(new MimeBundle("").With(MimeTypes.Html, $"<style>{css}</style>"));
    }

    /// <summary>Clears this cell's outputs; with <paramref name="wait"/>, only when the next output arrives (no flicker).</summary>
    public static void ClearOutput(bool wait = false)
    {
        if (DisplaySession.Current is { } sink)
        {
            sink.Clear(wait);
            return;
        }
        if (wait || Console.IsOutputRedirected) return;
        try { Console.Clear(); }
        catch (IOException) { } // no terminal to clear (a service, a test host): nothing to do
    }

    internal static DisplayHandle Show(FormatterRegistry registry, IDisplaySink? sink, object? value, string[] mimeTypes)
    {
        var bundle = Render(registry, value, sink, mimeTypes);
        var handle = new DisplayHandle(value, bundle, sink, registry, mimeTypes);
        if (sink is null) Console.Out.WriteLine(bundle.PlainText);
        else sink.Display(bundle, handle.DisplayId);
        return handle;
    }

    internal static MimeBundle Render(FormatterRegistry registry, object? value, IDisplaySink? sink, string[] mimeTypes)
    {
        var bundle = registry.Format(value, sink);
        if (mimeTypes is not { Length: > 0 }) return bundle;
        var kept = bundle.Where(kv => kv.Key == MimeTypes.PlainText || mimeTypes.Contains(kv.Key)).ToList();
        if (kept.Count == 1 && mimeTypes.Any(m => m != MimeTypes.PlainText))
            throw new ArgumentException(
                $"{TypeNames.Of(value?.GetType() ?? typeof(object))} has no {string.Join(" or ", mimeTypes)} form; it has {string.Join(", ", bundle.Keys)}.",
                nameof(mimeTypes));
        return new MimeBundle(kept);
    }
}
