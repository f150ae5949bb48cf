using NotebookKit.Testing;
using System.Diagnostics;
using System.Text.Json.Nodes;
using NotebookKit.Display;

namespace NotebookKit.Display.Tests;

/// <summary>
/// The export path: a notebook holding a session's outputs (plotly.js loader, a chart, a live training chart in its
/// final state), exported by Debian's nbconvert — which drops vnd.plotly and keeps text/html with its scripts, on
/// a page that tries to load require.js from a CDN — then opened in Chromium with no network: every chart draws.
/// </summary>
public class NbconvertTests
{
    [Fact]
    public void Charts_in_an_nbconvert_export_draw_offline()
    {
        var sink = new FakeSink();
        var data = Models.Moons;
        using (DisplaySession.Use(sink))
        {
            NotebookGlobals.display(PlotlyTests.LineChart());
            Models.TwoFiveOne().Fit(data.X, data.LabelColumn, epochs: 3, batchSize: 32);
        }
        // nbclient keeps one output per display and rewrites it with the last update for that id.
        var outputs = sink.Displays.Select(d => d.Id is { } id && sink.Updates.LastOrDefault(u => u.Id == id).Bundle is { } last ? last : d.Bundle).ToList();

        string dir = Directory.CreateTempSubdirectory("nbk-nbconvert-").FullName;
        try
        {
            string ipynb = Path.Combine(dir, "charts.ipynb");
            File.WriteAllText(ipynb, NotebookOf(outputs).ToJsonString());
            Run("/usr/bin/python3", "-m", "nbconvert", "--to", "html", ipynb);
            string html = File.ReadAllText(Path.Combine(dir, "charts.html"));
            Assert.DoesNotContain("cdn.plot.ly/plotly-", html);

            var dom = Dom.Html(HeadlessChromium.DumpDom(Path.Combine(dir, "charts.html")));
            var charts = dom.QuerySelectorAll("div.nbk-plotly");
            Assert.Equal(2, charts.Length);
            Assert.All(charts, c => Assert.NotNull(c.QuerySelector("svg.main-svg")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static JsonObject NotebookOf(IEnumerable<MimeBundle> outputs)
    {
        var cellOutputs = new JsonArray();
        foreach (var bundle in outputs)
        {
            var dataNode = new JsonObject();
            foreach (var (mime, content) in bundle)
                dataNode[mime] = content is JsonNode json ? json.DeepClone() : JsonValue.Create((string)content);
            cellOutputs.Add(new JsonObject { ["output_type"] = "display_data", ["data"] = dataNode, ["metadata"] = new JsonObject() });
        }
        return new JsonObject
        {
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
            ["metadata"] = new JsonObject { ["kernelspec"] = new JsonObject { ["name"] = "notebookkit", ["display_name"] = "C# (NotebookKit)", ["language"] = "csharp" } },
            ["cells"] = new JsonArray(new JsonObject
            {
                ["cell_type"] = "code",
                ["id"] = "chart-cell",
                ["execution_count"] = 1,
                ["metadata"] = new JsonObject(),
                ["source"] = "display(chart);\nmodel.Fit(X, y, epochs: 3);",
                ["outputs"] = cellOutputs,
            }),
        };
    }

    private static void Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        string stderr = p.StandardError.ReadToEnd();
        if (!p.WaitForExit(120_000)) { p.Kill(true); throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish"); }
        Assert.True(p.ExitCode == 0, $"{file} {string.Join(' ', args)} failed ({p.ExitCode}): {stderr}{stdout.Result}");
    }
}
