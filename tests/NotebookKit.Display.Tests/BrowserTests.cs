using NotebookKit.Testing;
using NotebookKit.Display;

namespace NotebookKit.Display.Tests;

/// <summary>
/// The chart HTML in a real browser with no network: both charts of a session draw (Plotly's main-svg appears
/// in each), on a plain page and on a page where a require.js-style AMD <c>define</c> exists — the page where
/// plotly.js would otherwise register as a module and never set window.Plotly.
/// </summary>
public class BrowserTests
{
    private const string AmdShim =
        "<script>var __amd = []; window.define = function (a, b, c) { __amd.push(arguments); }; window.define.amd = { jQuery: true };" +
        " window.require = window.requirejs = function () {};</script>";

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Two_charts_draw_offline_with_and_without_require_js(bool amdOnPage, bool inSession)
    {
        var sink = new FakeSink();
        var registry = new FormatterRegistry();
        var outputs = new List<string>();
        if (inSession)
        {
            using (DisplaySession.Use(sink))
            {
                NotebookGlobals.display(PlotlyTests.LineChart());
                NotebookGlobals.display(PlotlyTests.LineChart());
            }
            outputs.AddRange(sink.Displays.Select(d => (string)d.Bundle[MimeTypes.Html]));
        }
        else
        {
            outputs.Add(Dom.Html(registry.Format(PlotlyTests.LineChart(), sink: null)));
            outputs.Add(Dom.Html(registry.Format(PlotlyTests.LineChart(), sink: null)));
        }

        string page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + (amdOnPage ? AmdShim : "") + "</head><body>" +
            string.Concat(outputs.Select(o => $"<div class=\"output\">{o}</div>")) + "</body></html>";
        string path = Path.Combine(Directory.CreateTempSubdirectory("nbk-page-").FullName, "page.html");
        File.WriteAllText(path, page);

        var dom = Dom.Html(HeadlessChromium.DumpDom(path));
        var charts = dom.QuerySelectorAll("div.nbk-plotly");
        Assert.Equal(2, charts.Length);
        Assert.All(charts, c => Assert.NotNull(c.QuerySelector("svg.main-svg")));
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }
}
