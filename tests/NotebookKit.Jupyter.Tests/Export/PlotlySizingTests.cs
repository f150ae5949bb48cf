using System.Text.Json.Nodes;
using NotebookKit.Jupyter.Export;
using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Jupyter.Tests.Export;

/// <summary>A chart in a handout fits the page column: a fixed width becomes its maximum, and nothing reserves a band under it.</summary>
public class PlotlySizingTests
{
    private static string Render(JsonObject layout)
    {
        var figure = new JsonObject { ["data"] = new JsonArray(), ["layout"] = layout };
        var output = NotebookOutput.CreateDisplayData(new JsonObject { ["text/plain"] = "chart", [OutputRenderer.PlotlyMime] = figure });
        return new OutputRenderer(new MarkdownRenderer()).Render(output);
    }

    [Fact]
    public void A_fixed_width_becomes_the_charts_maximum_and_leaves_the_layout()
    {
        var html = Render(new JsonObject { ["width"] = 900, ["height"] = 320 });
        Assert.True(html.Contains("<div class=\"plotly-chart\" id=\"plotly-1\" style=\"max-width:900px\"></div>"), html);
        Assert.DoesNotContain("\"width\":900", html);
        Assert.Contains("\"height\":320", html);
    }

    [Fact]
    public void A_chart_without_a_width_fills_the_column_and_no_css_reserves_height()
    {
        Assert.Contains("<div class=\"plotly-chart\" id=\"plotly-1\"></div>", Render(new JsonObject { ["height"] = 300 }));
        Assert.DoesNotContain("min-height", HandoutStyle.Css.Split(".plotly-chart")[1].Split('}')[0]);
    }
}
