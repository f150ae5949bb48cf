using System.Text.Json.Nodes;
using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Data;
using NotebookKit.Display;
using NotebookKit.Training;

namespace NotebookKit.Display.Tests;

/// <summary>The display defects a read of the course's handouts found (issue 12), each pinned where it was fixed.</summary>
public class HandoutDefectTests
{
    private static readonly FormatterRegistry Registry = new();

    [Fact]
    public void A_history_drawn_live_is_a_table_once_then_a_chart_again()
    {
        var sink = new FakeSink();
        History history;
        using (DisplaySession.Use(sink))
            history = Models.TwoFiveOne().Fit(Models.Moons.X, Models.Moons.LabelColumn, epochs: 3, batchSize: 16);

        var first = Registry.Format(history, sink);
        Assert.False(first.ContainsKey(MimeTypes.Plotly));
        Assert.StartsWith("History (3 epochs)", first.PlainText);
        Assert.Contains("live chart above", (string)first[MimeTypes.Html]);
        Assert.True(Registry.Format(history, sink).ContainsKey(MimeTypes.Plotly));

        // A History no live chart drew is charted the first time.
        var unseen = Models.TwoFiveOne().Fit(Models.Moons.X, Models.Moons.LabelColumn, epochs: 2, batchSize: 16);
        Assert.True(Registry.Format(unseen, sink: null).ContainsKey(MimeTypes.Plotly));
    }

    [Fact]
    public void Quiet_fits_show_nothing_and_the_scope_ends_with_the_using()
    {
        var sink = new FakeSink();
        using (DisplaySession.Use(sink))
        {
            using (TrainingDisplay.Quiet())
            {
                Assert.True(TrainingDisplay.IsQuiet);
                Models.TwoFiveOne().Fit(Models.Moons.X, Models.Moons.LabelColumn, epochs: 2, batchSize: 16);
            }
            Assert.Empty(sink.All);
            Assert.False(TrainingDisplay.IsQuiet);
            Models.TwoFiveOne().Fit(Models.Moons.X, Models.Moons.LabelColumn, epochs: 2, batchSize: 16);
        }
        Assert.Single(sink.Displays, d => d.Id is not null);
    }

    [Fact]
    public void A_live_chart_is_titled_by_its_optimizer_and_layers()
    {
        var sink = new FakeSink();
        using (DisplaySession.Use(sink))
            Models.TwoFiveOne().Fit(Models.Moons.X, Models.Moons.LabelColumn, epochs: 2, batchSize: 16);
        var final = sink.Updates[^1].Bundle;
        string title = ((JsonObject)final[MimeTypes.Plotly])["layout"]!["title"]!["text"]!.GetValue<string>();
        Assert.StartsWith("Adam(η=0.05) · Dense(5, ReLU) → Dense(1, Sigmoid)", title);
        Assert.Contains("Done: 2 epochs", title);
        Assert.Contains("Adam(η=0.05) · Dense(5, ReLU) → Dense(1, Sigmoid)", final.PlainText);
    }

    [Fact]
    public void A_lazy_linq_query_is_named_by_its_items()
    {
        var query = new List<int> { 1, 2, 3 }.Select(i => (i, i * 2.0));
        var text = Registry.Format(query, sink: null).PlainText;
        Assert.StartsWith("IEnumerable<(int, double)> (3 items)", text);
        Assert.DoesNotContain("Iterator", text);
        Assert.DoesNotContain("ValueTuple", text);
        Assert.Contains("List<int>", Registry.Format(new List<int> { 1 }, sink: null).PlainText);
    }

    [Fact]
    public void Tiny_images_are_drawn_large_enough_for_their_captions()
    {
        var digits = Matrix<float>.Build.Dense(2, 64, (i, j) => (i + j) % 5);
        var grid = new ImageGrid(digits, new ImageShape(8, 8), [9, 7], predictions: [7, 7]);
        var doc = Dom.Html(Dom.Html(Registry.Format(grid, sink: null)));
        Assert.All(doc.QuerySelectorAll("img"), img => Assert.Equal("80", img.GetAttribute("width")));
        var caption = doc.QuerySelector("figure.wrong figcaption")!;
        Assert.Equal("7 ✗ (9)", caption.TextContent);
        Assert.DoesNotContain("nowrap", caption.GetAttribute("style"));
    }

    [Fact]
    public void A_plotly_net_chart_fits_the_column_without_a_blank_band()
    {
        var point = Plotly.NET.CSharp.Chart.Point<double, double, string>(new[] { 1.0, 2.0 }, new[] { 3.0, 4.0 });
        var chart = Plotly.NET.CSharp.Chart.Combine(new[] { point, point });
        // Plotly.NET's default size (what a kernel session's charts carry unless sized).
        var figure = Plotly.NET.CSharp.GenericChartExtensions.WithSize(chart, 600, 600).ToFigure();
        Assert.Null(figure.Layout["width"]);              // Plotly.NET's 600×600 default gives way to the column
        Assert.Equal(450, figure.Height);
        Assert.Equal(24, figure.Layout["margin"]!["t"]!.GetValue<int>());

        var wide = Plotly.NET.CSharp.GenericChartExtensions.WithSize(chart, 900, 320);
        var bundle = Registry.Format(wide, sink: null);
        Assert.Equal(900, ((JsonObject)bundle[MimeTypes.Plotly])["layout"]!["width"]!.GetValue<int>());
        var div = Dom.Html((string)bundle[MimeTypes.Html]).QuerySelector("div.nbk-plotly")!;
        Assert.Contains("max-width:900px", div.GetAttribute("style"));
        Assert.Contains("height:320px", div.GetAttribute("style"));
    }

    [Fact]
    public void Equal_axes_anchor_y_to_x()
    {
        var figure = Plotly.NET.CSharp.Chart.Point<double, double, string>(new[] { 1.0 }, new[] { 2.0 }).WithEqualAxes();
        Assert.Equal("x", figure.Layout["yaxis"]!["scaleanchor"]!.GetValue<string>());
        Assert.Equal(1, figure.Layout["yaxis"]!["scaleratio"]!.GetValue<int>());
    }
}
