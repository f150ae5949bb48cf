using System.Runtime.CompilerServices;

namespace NotebookKit.Display;

/// <summary>
/// plotly.js for pages with no network: the 2.28.0 bundle Plotly.NET carries as an embedded resource, sent at
/// most once per notebook session as its own output (never one that is later updated — nbclient would
/// overwrite it and every chart after it would go blank in an export).
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
    private static readonly ConditionalWeakTable<IDisplaySink, object> _loaded = new();

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

    /// <summary>
    /// The session-start output a kernel may send before any chart (plotly.py's "init_notebook_mode").
    /// Call <see cref="MarkLoaded"/> for the sink it went to, or use <see cref="EnsureLoaded"/> which does both.
    /// </summary>
    public static MimeBundle SessionInitBundle() =>
        new MimeBundle($"plotly.js {Version} loaded for offline charts").With(MimeTypes.Html, LoaderHtml());

    /// <summary>Sends <see cref="SessionInitBundle"/> through <paramref name="sink"/> unless this session already has it.</summary>
    public static void EnsureLoaded(IDisplaySink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        bool first = false;
        lock (_loaded)
        {
            if (!_loaded.TryGetValue(sink, out _))
            {
                _loaded.Add(sink, true);
                first = true;
            }
        }
        if (first) sink.Display(SessionInitBundle(), null);
    }

    /// <summary>Records that plotly.js already reached the page behind <paramref name="sink"/>.</summary>
    public static void MarkLoaded(IDisplaySink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        lock (_loaded) _loaded.AddOrUpdate(sink, true);
    }

    public static bool IsLoaded(IDisplaySink sink)
    {
        lock (_loaded) return _loaded.TryGetValue(sink, out _);
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
