using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookKit.Display.Rendering;

/// <summary>
/// The text/html twin of a Plotly figure: a div and a script that draws into it once <c>window.Plotly</c>
/// exists. No CDN, no require.js: plotly.js comes from <see cref="PlotlyLoader"/>, either once per notebook
/// session (its own output) or, outside a notebook, inlined right here so the HTML stands alone.
/// </summary>
internal static class PlotlyHtml
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    /// <summary>The bundle for a figure: vnd.plotly JSON, the HTML fallback, and a one-line text summary.</summary>
    public static MimeBundle Bundle(PlotlyFigure figure, FormatContext context, string? htmlPrefix = null, JsonObject? htmlFigure = null)
    {
        var json = figure.ToJson();
        var page = htmlFigure ?? figure.ToJson();
        // A fixed layout.width wider than the page column would be clipped: in HTML the chart fills the column
        // and that width is only its maximum.
        int? maxWidth = PlotlyFigure.Number(page["layout"]?["width"]) is double px ? (int)px : null;
        page["layout"]?.AsObject().Remove("width");
        string html = (htmlPrefix ?? "") + Chart(page, figure.Height, context.Sink, maxWidth);
        return new MimeBundle(Summary(figure)).With(MimeTypes.Plotly, json).With(MimeTypes.Html, html);
    }

    /// <summary>
    /// The div and its drawing script. In a notebook session plotly.js is sent first as its own output; with no
    /// session the loader is inlined, so the result works pasted into any page.
    /// </summary>
    public static string Chart(JsonObject figure, int height, IDisplaySink? sink, int? maxWidth = null)
    {
        // A notebook page gets plotly.js once, as its own output; anything else gets it inline, standing alone.
        string prefix = sink is not null && PlotlyLoader.EnsureLoaded(sink) ? "" : PlotlyLoader.LoaderHtml();
        string id = "nbk-plot-" + Guid.NewGuid().ToString("N");
        // System.Text.Json escapes <, > and & in strings, so user text cannot close the script element.
        string spec = figure.ToJsonString(Options);
        return prefix +
            $"<div id=\"{id}\" class=\"nbk-plotly\" style=\"width:100%;{(maxWidth is int mw ? $"max-width:{mw}px;" : "")}height:{height}px\">{Note}</div>\n" +
            "<script type=\"text/javascript\">\n(function () {\n" +
            $"  var fig = {spec};\n" +
            "  var tries = 0;\n" +
            "  function draw() {\n" +
            $"    var el = document.getElementById('{id}');\n" +
            "    if (el && window.Plotly) { el.innerHTML = ''; window.Plotly.newPlot(el, fig.data, fig.layout, fig.config); return; }\n" +
            "    if (++tries < 200) { setTimeout(draw, 50); return; }\n" +
            "    if (el) el.textContent = 'This chart needs plotly.js, which NotebookKit sends once per session: trust the notebook (File \u25B8 Trust Notebook) and re-run it, or open it in JupyterLab or VS Code.';\n" +
            "  }\n" +
            "  draw();\n" +
            "})();\n</script>";
    }

    /// <summary>
    /// Shown where scripts do not run (an untrusted notebook, GitHub's static view) and replaced by the chart
    /// where they do.
    /// </summary>
    private const string Note =
        "<div class=\"nbk-plotly-note\" style=\"color:#6b7280;font:12px sans-serif;padding:8px\">" +
        "Interactive chart: it draws when the notebook runs (JupyterLab, Notebook, VS Code) or in an exported handout. " +
        "In a notebook opened from a file, trust it first (File ▸ Trust Notebook) so its scripts run.</div>";

    /// <summary>"Chart 'Loss' — 2 traces: scatter 'loss', scatter 'val_loss'".</summary>
    public static string Summary(PlotlyFigure figure)
    {
        var traces = figure.Data.OfType<JsonObject>()
            .Select(t => (t["type"]?.GetValue<string>() ?? "scatter") + (t["name"] is JsonValue n ? $" '{n}'" : ""))
            .ToList();
        string title = figure.Title is { Length: > 0 } s ? $" '{s}'" : "";
        return $"Chart{title} — {traces.Count} trace{(traces.Count == 1 ? "" : "s")}" + (traces.Count > 0 ? ": " + string.Join(", ", traces) : "");
    }
}
