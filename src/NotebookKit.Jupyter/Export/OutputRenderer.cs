using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Jupyter.Export;

/// <summary>
/// Turns cell outputs into handout HTML. For a rich output the first mime in <see cref="Priority"/> wins —
/// Plotly JSON first, because it draws with the page's one plotly.js, then what nbconvert prefers.
/// Remembers whether the page needs plotly.js, so it is inlined once and only when used.
/// </summary>
internal sealed partial class OutputRenderer(MarkdownRenderer markdown)
{
    public const string PlotlyMime = "application/vnd.plotly.v1+json";

    private static readonly string[] Priority =
    [
        PlotlyMime, "text/html", "image/svg+xml", "image/png", "image/jpeg", "image/gif",
        "text/markdown", "text/latex", "application/json", "text/plain",
    ];

    private int _plots;

    /// <summary>True once an output needs plotly.js (a Plotly mime, or HTML that calls Plotly).</summary>
    public bool NeedsPlotly { get; private set; }

    /// <summary>True once an HTML output loads Plotly through require.js (Plotly.NET's notebook HTML does).</summary>
    public bool NeedsRequireShim { get; private set; }

    public string Render(NotebookOutput output) => output.OutputType switch
    {
        NotebookOutput.Stream => $"<div class=\"output stream {Attr(output.Name ?? "stdout")}\"><pre>{Text(Ansi.Strip(output.Text ?? ""))}</pre></div>",
        NotebookOutput.Error => RenderError(output),
        NotebookOutput.DisplayData or NotebookOutput.ExecuteResult => RenderRich(output),
        _ => "",
    };

    private string RenderError(NotebookOutput output)
    {
        var traceback = string.Join("\n", output.Traceback.Select(Ansi.Strip));
        var head = $"{output.ErrorName}: {output.ErrorValue}";
        var body = traceback.Contains(output.ErrorValue ?? "\0", StringComparison.Ordinal) && traceback.Length > 0 ? traceback : head + (traceback.Length > 0 ? "\n" + traceback : "");
        return $"<div class=\"output error\"><pre>{Text(body)}</pre></div>";
    }

    private string RenderRich(NotebookOutput output)
    {
        var data = output.Data;
        if (data is null)
            return "";
        var mime = Priority.FirstOrDefault(data.ContainsKey);
        if (mime is null)
            return "";
        var prompt = output.OutputType == NotebookOutput.ExecuteResult ? $"<span class=\"prompt\">Out[{output.ExecutionCount}]:</span>" : "";
        var inner = mime switch
        {
            PlotlyMime => RenderPlotly(data[mime]!),
            "text/html" => RenderHtml(output.GetText(mime)!),
            "image/svg+xml" => output.GetText(mime)!,
            "image/png" or "image/jpeg" or "image/gif" => RenderImage(mime, output.GetText(mime)!, output.Metadata?[mime] as JsonObject),
            "text/markdown" => markdown.Render(output.GetText(mime)!),
            "text/latex" => $"<div class=\"latex\">{Text(output.GetText(mime)!)}</div>",
            "application/json" => $"<pre>{Text(data[mime]!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }))}</pre>",
            _ => $"<pre>{Text(Ansi.Strip(output.GetText(mime)!))}</pre>",
        };
        // An output that only loaded plotly.js (the kernel's once-per-session init) has nothing left to show.
        if (mime == "text/html" && string.IsNullOrWhiteSpace(inner))
            return "";
        var kind = mime.Replace('/', '-').Replace('+', '-').Replace('.', '-');
        return $"<div class=\"output rich {kind}\">{prompt}<div class=\"output-body\">{inner}</div></div>";
    }

    private string RenderPlotly(JsonNode figure)
    {
        NeedsPlotly = true;
        var id = $"plotly-{++_plots}";
        var data = figure["data"]?.ToJsonString() ?? "[]";
        // A fixed layout.width wider than the page column would be cut off: the chart fills the column instead, and
        // that width is only its maximum. Its height is the figure's own (no reserved band under a short chart).
        var layoutObject = figure["layout"]?.DeepClone() as JsonObject ?? new JsonObject();
        var style = "";
        if (layoutObject["width"] is JsonValue w && w.GetValueKind() == JsonValueKind.Number
            && double.TryParse(w.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double width))
        {
            layoutObject.Remove("width");
            style = $" style=\"max-width:{width.ToString(System.Globalization.CultureInfo.InvariantCulture)}px\"";
        }
        var layout = layoutObject.ToJsonString();
        var config = figure["config"]?.ToJsonString() ?? "{}";
        return $"<div class=\"plotly-chart\" id=\"{id}\"{style}></div><script>Plotly.newPlot({JsonSerializer.Serialize(id)}, {Script(data)}, {Script(layout)}, Object.assign({{responsive: true}}, {Script(config)}));</script>";
    }

    /// <summary>
    /// HTML outputs are kept as they are, except Plotly's own loading: script tags that fetch plotly.js from a
    /// CDN, or that carry a whole copy of it, are dropped because the page already inlines it once.
    /// </summary>
    private string RenderHtml(string html)
    {
        html = PlotlyScriptTag().Replace(html, m => IsPlotlyLoader(m.Value) ? "" : m.Value);
        if (html.Contains("Plotly.", StringComparison.Ordinal) || html.Contains("plotly", StringComparison.OrdinalIgnoreCase) && html.Contains("newPlot", StringComparison.Ordinal))
            NeedsPlotly = true;
        if (NeedsPlotly && html.Contains("requirejs", StringComparison.Ordinal))
            NeedsRequireShim = true;
        return html;
    }

    private static bool IsPlotlyLoader(string scriptTag)
    {
        var open = scriptTag[..(scriptTag.IndexOf('>') + 1)];
        if (open.Contains("nbk-plotly-loader", StringComparison.Ordinal))
            return true;
        if (ScriptSource().Match(open) is { Success: true } src)
            return src.Groups[1].Value.Contains("plotly", StringComparison.OrdinalIgnoreCase);
        // A whole plotly.js bundle pasted into the output (plotly.py's "notebook" renderer does this).
        return scriptTag.Length > 200_000 && (scriptTag.Contains("plotly.min.js.LICENSE", StringComparison.Ordinal) || scriptTag.Contains("plotly.js v", StringComparison.Ordinal));
    }

    private static string RenderImage(string mime, string base64, JsonObject? metadata)
    {
        var size = new StringBuilder();
        if (metadata?["width"] is JsonValue w)
            size.Append($" width=\"{Attr(w.ToJsonString())}\"");
        if (metadata?["height"] is JsonValue h)
            size.Append($" height=\"{Attr(h.ToJsonString())}\"");
        return $"<img src=\"data:{mime};base64,{base64.Replace("\n", "")}\"{size} alt=\"output image\">";
    }

    /// <summary>JSON placed inside a script element must not contain "&lt;/" (it could close the element).</summary>
    internal static string Script(string json) => json.Replace("</", "<\\/", StringComparison.Ordinal);

    private static string Text(string text) => WebUtility.HtmlEncode(text);

    private static string Attr(string text) => WebUtility.HtmlEncode(text);

    [GeneratedRegex(@"<script\b[^>]*>.*?</script\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex PlotlyScriptTag();

    [GeneratedRegex(@"\bsrc\s*=\s*[""']?([^""'\s>]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptSource();
}
