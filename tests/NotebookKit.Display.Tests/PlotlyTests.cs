using System.Text.Json.Nodes;
using NotebookKit.Display;

namespace NotebookKit.Display.Tests;

public class PlotlyTests
{
    private static readonly FormatterRegistry Registry = new();

    internal static Plotly.NET.GenericChart LineChart() =>
        Plotly.NET.CSharp.Chart.Line<double, double, string>(x: new double[] { 1, 2, 3 }, y: new double[] { 3, 1, 2 }, Name: "loss");

    internal static int CountOccurrences(string text, string what)
    {
        int count = 0;
        for (int i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    /// <summary>A distinctive piece of plotly.js itself, to count how often the bundle is on a page.</summary>
    internal static readonly string BundleSignature = PlotlyLoader.Script.Substring(PlotlyLoader.Script.Length / 2, 80);

    [Fact]
    public void A_GenericChart_gives_plotly_json_html_and_text()
    {
        var bundle = Registry.Format(LineChart(), sink: null);
        var json = Assert.IsAssignableFrom<JsonObject>(bundle[MimeTypes.Plotly]);
        var trace = json["data"]![0]!;
        Assert.Equal("scatter", trace["type"]!.GetValue<string>());
        Assert.Equal([3.0, 1.0, 2.0], trace["y"]!.AsArray().Select(v => v!.GetValue<double>()));
        Assert.NotNull(json["layout"]);
        Assert.NotNull(json["config"]);
        Assert.Contains("scatter 'loss'", bundle.PlainText);
        Assert.Contains("nbk-plotly", Dom.Html(bundle));
    }

    [Fact]
    public void The_html_fallback_never_loads_anything_by_url()
    {
        using var _ = DisplaySession.Use(new FakeSink());
        foreach (var sink in new[] { null, DisplaySession.Current })
        {
            string html = Dom.Html(Registry.Format(LineChart(), sink));
            Assert.DoesNotContain("cdn.plot.ly/plotly-", html);
            Assert.DoesNotContain("require.config", html);
            var doc = Dom.Html(html);
            Assert.All(doc.QuerySelectorAll("script"), s => Assert.False(s.HasAttribute("src")));
            Assert.Empty(doc.QuerySelectorAll("link"));
        }
    }

    [Fact]
    public void Outside_a_notebook_each_chart_stands_alone()
    {
        string html = Dom.Html(Registry.Format(LineChart(), sink: null));
        Assert.Equal(1, CountOccurrences(html, BundleSignature));
    }

    [Fact]
    public void In_a_session_the_bundle_goes_out_once_as_its_own_output_before_the_first_chart()
    {
        var sink = new FakeSink();
        using (DisplaySession.Use(sink))
        {
            NotebookGlobals.display(LineChart());
            var handle = NotebookGlobals.display(LineChart());
            handle.Update(LineChart());
            NotebookGlobals.display(LineChart());
        }
        string page = string.Concat(sink.All.Select(b => b.TryGetValue(MimeTypes.Html, out var h) ? (string)h : ""));
        Assert.Equal(1, CountOccurrences(page, BundleSignature));
        var (loader, loaderId) = sink.Displays[0];
        Assert.Null(loaderId); // never updated, so nbclient can never overwrite it
        Assert.Contains(PlotlyLoader.Marker, (string)loader[MimeTypes.Html]);
        Assert.False(loader.ContainsKey(MimeTypes.Plotly));
        Assert.Equal(4, sink.Displays.Count);
        Assert.All(sink.Displays.Skip(1), d => Assert.DoesNotContain(PlotlyLoader.Marker, (string)d.Bundle[MimeTypes.Html]));
    }

    [Fact]
    public void A_second_session_loads_plotly_again()
    {
        foreach (var sink in new[] { new FakeSink(), new FakeSink() })
        {
            using (DisplaySession.Use(sink)) NotebookGlobals.display(LineChart());
            Assert.Equal(2, sink.Displays.Count);
        }
    }

    [Fact]
    public void The_loader_hides_AMD_so_window_Plotly_is_always_set()
    {
        string html = PlotlyLoader.LoaderHtml();
        Assert.Contains("(function (define, module, exports) {", html);
        Assert.Contains("}).call(window);", html);
        Assert.Equal(1, CountOccurrences(html, "</script"));
    }

    [Fact]
    public void User_text_in_a_figure_cannot_close_the_script()
    {
        var figure = new PlotlyFigure([new JsonObject { ["type"] = "scatter", ["name"] = "</script><b>x</b>" }]);
        string html = Dom.Html(Registry.Format(figure, new FakeSink()));
        Assert.Equal(1, CountOccurrences(html, "</script"));
    }
}
