namespace NotebookKit.Display;

/// <summary>
/// plotly.js for pages with no network: the 2.28.0 bundle Plotly.NET carries as an embedded resource, sent at
/// most once per page (<see cref="OutputPage"/>, one per notebook session) as its own output (never one that is
/// later updated — nbclient would overwrite it and every chart after it would go blank in an export).
/// </summary>
/// <remarks>
/// The loader runs the bundle inside a function whose <c>define</c>, <c>module</c> and <c>exports</c> are
/// undefined. plotly.js is a UMD bundle: where require.js is on the page (classic Notebook, nbconvert's
/// templates) it would register as an anonymous AMD module and never set <c>window.Plotly</c>; hidden from
/// AMD it always sets <c>window.Plotly</c>, with or without require.js. Charts then wait for <c>window.Plotly</c>.
/// </remarks>
public static class PlotlyLoader
{
    public const string Version = "2.28.0";
    private const string ResourceName = "Plotly.NET.plotly-2.28.0.min.js";

    private static readonly Lazy<string> _script = new(ReadBundle);

    /// <summary>The plotly.js source (about 3.6 MB).</summary>
    public static string Script => _script.Value;

    /// <summary>A marker every loader carries, so tests and exporters can count bundles on a page.</summary>
    public const string Marker = "nbk-plotly-loader";

    /// <summary>The HTML that puts plotly.js on the page as <c>window.Plotly</c> (no-op if it is already there).</summary>
    public static string LoaderHtml() =>
        $"<script type=\"text/javascript\" class=\"{Marker}\">\n" +
        "window.PlotlyConfig = window.PlotlyConfig || {MathJaxConfig: 'local'};\n" +
        "(function (define, module, exports) {\nif (window.Plotly) { return; }\n" +
        Script +
        "\n}).call(window);\n</script>";

    /// <summary>The session-start output a kernel sends before the first chart (plotly.py's "init_notebook_mode").</summary>
    public static MimeBundle SessionInitBundle() =>
        new MimeBundle($"plotly.js {Version} loaded for offline charts").With(MimeTypes.Html, LoaderHtml());

    /// <summary>
    /// Sends <see cref="SessionInitBundle"/> through <paramref name="sink"/> unless its page already has it; false
    /// when the sink belongs to no page, so the caller must inline <see cref="LoaderHtml"/> itself.
    /// </summary>
    public static bool EnsureLoaded(IDisplaySink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        if (sink.Page is not { } page)
            return false;
        if (page.TryClaimPlotly())
            sink.Display(SessionInitBundle(), null);
        return true;
    }

    private static string ReadBundle()
    {
        var assembly = typeof(Plotly.NET.GenericChart).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"plotly.js is missing: {assembly.GetName().Name} {assembly.GetName().Version} has no resource '{ResourceName}' (expected Plotly.NET 6.0.0).");
        using var reader = new StreamReader(stream);
        string script = reader.ReadToEnd();
        // Inside an inline <script>, "</script" would end the element early; plotly.js has none today, but be safe.
        return script.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
    }
}
