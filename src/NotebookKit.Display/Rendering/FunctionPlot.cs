using System.Text.Json.Nodes;

namespace NotebookKit.Display.Rendering;

/// <summary>Line plots of functions of one variable (an activation and its derivative, a loss and its gradient).</summary>
internal static class FunctionPlot
{
    private static readonly string[] Colors = ["#b2182b", "#2166ac", "#e08214", "#1b7837"];

    public static PlotlyFigure Build(string title, string xTitle, double[] x, params (string Name, IEnumerable<double> Y)[] series)
    {
        var data = new JsonArray();
        for (int s = 0; s < series.Length; s++)
            data.Add(new JsonObject
            {
                ["type"] = "scatter",
                ["mode"] = "lines",
                ["name"] = series[s].Name,
                ["x"] = Json.Numbers(x),
                ["y"] = Json.Numbers(series[s].Y),
                ["line"] = new JsonObject { ["color"] = Colors[s % Colors.Length], ["dash"] = s % 2 == 1 ? "dash" : "solid" },
            });
        var layout = new JsonObject
        {
            ["title"] = Json.Title(title),
            ["height"] = 340,
            ["margin"] = new JsonObject { ["l"] = 50, ["r"] = 20, ["t"] = 50, ["b"] = 40 },
            ["plot_bgcolor"] = "#ffffff",
            ["xaxis"] = Json.Axis(xTitle),
            ["yaxis"] = Json.Axis(""),
        };
        layout["xaxis"]!["zeroline"] = true;
        layout["yaxis"]!["zeroline"] = true;
        return new PlotlyFigure(data, layout);
    }
}
