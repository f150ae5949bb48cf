using NotebookKit.Display.Rendering;
using Plotly.NET;
using Plotly.NET.CSharp;
using Plotly.NET.LayoutObjects;
using CSharpChart = Plotly.NET.CSharp.Chart;
using GenericChart = Plotly.NET.GenericChart;
using StyleParam = Plotly.NET.StyleParam;
using Color = Plotly.NET.Color;

namespace NotebookKit.Display.Tests;

/// <summary>Plotly.NET charts are written as <c>GenericChart.toJson</c> writes them, character for character, without its exceptions.</summary>
public class PlotlyNetJsonTests
{
    private static readonly double[] Xs = [0.5, 1, 1.5, 2];
    private static readonly double[][] Surface = [[1, 2, 3], [2, 4, 6], [0, -1, 0.25]];

    /// <summary>The kinds of chart the course draws, with the options it sets, and a few it does not.</summary>
    public static TheoryData<string> Charts => new(ChartsByName.Keys);

    private static readonly Dictionary<string, Func<GenericChart>> ChartsByName = new()
    {
        ["line"] = () => CSharpChart.Line<double, double, string>(Xs, Xs.Select(x => x * x), Name: "square"),
        ["line with markers, ints"] = () => CSharpChart.Line<int, double, string>(Enumerable.Range(1, 4), Xs, Name: "loss", ShowMarkers: true),
        ["points"] = () => CSharpChart.Point<double, double, string>(new[] { 0.0, 1.0 }, new[] { 1.0, 0.0 }, Name: "ones"),
        ["combined and sized"] = () => CSharpChart.Combine(new[]
        {
            CSharpChart.Line<double, double, string>(Xs, Xs, Name: "a"),
            CSharpChart.Point<double, double, string>(Xs, Xs.Reverse(), Name: "b"),
        }).WithSize(900, 340),
        ["axis titles"] = () => CSharpChart.Line<double, double, string>(Xs, Xs)
            .WithXAxisStyle<double, double, string>(TitleText: "epoch").WithYAxisStyle<double, double, string>(TitleText: "loss"),
        ["heatmap"] = () => CSharpChart.Heatmap<double, int, int, string>(Surface, ColorScale: StyleParam.Colorscale.Greys, ReverseScale: true, ShowScale: false),
        ["contour"] = () => CSharpChart.Contour<double, double, double, string>(zData: Surface, X: new[] { 0.0, 1, 2 }, Y: new[] { 0.0, 1, 2 }, ShowScale: false),
        ["grid"] = () => CSharpChart.Grid(new[] { CSharpChart.Line<double, double, string>(Xs, Xs), CSharpChart.Line<double, double, string>(Xs, Xs) }, 1, 2),
        ["axis object"] = () => Plotly.NET.Chart.withYAxis(LogAxis(), null).Invoke(CSharpChart.Line<double, double, string>(Xs, Xs)),
        ["dates, colors, title"] = () => CSharpChart.Line<DateTime, double, string>(
                Xs.Select((_, i) => new DateTime(2026, 11, 30).AddDays(i)), Xs, Name: "daily ✓", LineColor: Color.fromHex("#1f77b4"), LineDash: StyleParam.DrawingStyle.Dash),
        ["text and nulls"] = () => CSharpChart.Point<double, double, string>(Xs, Xs, MultiText: new[] { "a", "b \"q\"", "", "\\" }),
    };

    private static LinearAxis LogAxis()
    {
        var axis = new LinearAxis();
        axis.SetProperty("type", "log");
        axis.SetProperty("range", new[] { -1.0, 1 });
        axis.SetProperty("title", new Dictionary<string, string> { ["text"] = "Nov–Dec, \"log\"" });
        axis.SetProperty("scaleanchor", "x");
        return axis;
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Every_chart_reads_as_plotly_net_writes_it(string name)
    {
        var chart = ChartsByName[name]();

        Assert.Equal(GenericChart.toJson(chart), PlotlyNetJson.Serialize(chart));
    }

    /// <summary>Plotly.NET's objects are written property by property, never through a converter of their own: none has one.</summary>
    [Fact]
    public void No_plotly_net_object_brings_its_own_converter()
    {
        var ownWriters = typeof(GenericChart).Assembly.GetTypes()
            .Where(t => typeof(DynamicObj.DynamicObj).IsAssignableFrom(t) && t.IsDefined(typeof(Newtonsoft.Json.JsonConverterAttribute), inherit: true))
            .Select(t => t.FullName);

        Assert.Empty(ownWriters);
    }

    /// <summary>Allocation, not time, so it holds on a busy machine: toJson allocated ~110 MB for a three-point line.</summary>
    [Fact]
    public void Writing_a_chart_allocates_a_small_fraction_of_what_plotly_net_allocates()
    {
        var chart = ChartsByName["combined and sized"]();
        // Another chart first: what is remembered from it (the default template's generated parts) serves this one.
        PlotlyNetJson.Serialize(ChartsByName["line"]());
        GenericChart.toJson(chart);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var json = PlotlyNetJson.Serialize(chart);
        var ours = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        GenericChart.toJson(chart);
        var theirs = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(ours < theirs / 20, $"{ours:N0} bytes allocated for {json.Length:N0} characters; Plotly.NET's toJson {theirs:N0}");
    }
}
