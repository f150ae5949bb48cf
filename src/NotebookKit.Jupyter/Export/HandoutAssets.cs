using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace NotebookKit.Jupyter.Export;

/// <summary>
/// The scripts and styles a handout inlines, read once from embedded resources: KaTeX (shipped with the kit)
/// with its fonts turned into data: URIs so the CSS points at no file, and plotly.js from Plotly.NET's own
/// embedded copy, so the chart library matches the one the formatters target.
/// </summary>
internal static partial class HandoutAssets
{
    /// <summary>The manifest name of the bundle inside Plotly.NET 6.0.0 (found by listing its resources).</summary>
    public const string PlotlyResource = "Plotly.NET.plotly-2.28.0.min.js";

    private static readonly Lazy<string> Css = new(() => InlineFonts(Katex("katex.min.css")));
    private static readonly Lazy<string> Js = new(() => Katex("katex.min.js"));
    private static readonly Lazy<string> AutoRender = new(() => Katex("auto-render.min.js"));
    private static readonly Lazy<string> Plotly = new(LoadPlotly);

    public static string KatexCss => Css.Value;
    public static string KatexJs => Js.Value;
    public static string KatexAutoRenderJs => AutoRender.Value;
    public static string PlotlyJs => Plotly.Value;

    private static string Katex(string name)
    {
        using var stream = typeof(HandoutAssets).Assembly.GetManifestResourceStream("katex/" + name)
            ?? throw new InvalidOperationException($"KaTeX resource {name} is missing from NotebookKit.Jupyter");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static byte[] KatexBytes(string name)
    {
        using var stream = typeof(HandoutAssets).Assembly.GetManifestResourceStream("katex/" + name)
            ?? throw new InvalidOperationException($"KaTeX resource {name} is missing from NotebookKit.Jupyter");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>
    /// Each @font-face lists woff2, woff and ttf files; keep only woff2 (every current browser reads it) and
    /// embed it, so the page needs no font file beside it.
    /// </summary>
    private static string InlineFonts(string css) =>
        FontSource().Replace(css, m =>
        {
            var data = Convert.ToBase64String(KatexBytes("fonts/" + m.Groups["file"].Value + ".woff2"));
            return $"src:url(data:font/woff2;base64,{data}) format(\"woff2\")";
        });

    private static string LoadPlotly()
    {
        var assembly = typeof(Plotly.NET.GenericChart).Assembly;
        using var stream = assembly.GetManifestResourceStream(PlotlyResource)
            ?? throw new InvalidOperationException($"plotly.js resource {PlotlyResource} not found in {assembly.GetName()}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"src:url\(fonts/(?<file>[A-Za-z0-9_\-]+)\.woff2\)[^;}]*")]
    private static partial Regex FontSource();
}
