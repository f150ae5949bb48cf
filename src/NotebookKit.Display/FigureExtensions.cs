using NotebookKit.Activations;
using NotebookKit.Localization;
using NotebookKit.Training;

namespace NotebookKit.Display;

/// <summary>The kit's charts as editable figures: <c>history.ToFigure()</c>, change the layout, then display it.</summary>
public static class FigureExtensions
{
    /// <summary>Loss and metrics per epoch, train and validation: what a displayed History shows.</summary>
    public static PlotlyFigure ToFigure(this History history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return TrainingChart.Build(history.Values, history.Epochs == 1 ? KitText.Get("Chart_TrainingHistory_One") : KitText.Format("Chart_TrainingHistory", history.Epochs));
    }

    /// <summary>A Plotly.NET chart as an editable figure (what the kit displays for it).</summary>
    public static PlotlyFigure ToFigure(this Plotly.NET.GenericChart chart) => PlotlyFigure.FromGenericChart(chart);

    /// <summary>
    /// One unit on y is as long on screen as one unit on x (<c>scaleanchor</c>): a contour plot shows the true shape
    /// of a loss surface, a circle stays round, and a gradient is drawn perpendicular to its contour line.
    /// </summary>
    public static PlotlyFigure WithEqualAxes(this PlotlyFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var y = figure.Layout["yaxis"] as System.Text.Json.Nodes.JsonObject ?? new System.Text.Json.Nodes.JsonObject();
        y["scaleanchor"] = "x";
        y["scaleratio"] = 1;
        figure.Layout["yaxis"] = y;
        return figure;
    }

    /// <summary>The same with a Plotly.NET chart.</summary>
    public static PlotlyFigure WithEqualAxes(this Plotly.NET.GenericChart chart) => chart.ToFigure().WithEqualAxes();

    /// <summary>f and f′ on z ∈ [−5, 5].</summary>
    public static PlotlyFigure ToFigure(this Activation activation)
    {
        ArgumentNullException.ThrowIfNull(activation);
        var z = Enumerable.Range(0, 201).Select(k => -5 + k * 0.05).ToArray();
        return FunctionPlot.Build($"{activation.Name}: f(z) and f′(z)", "z", z,
            ("f(z)", z.Select(activation.Apply)), ("f′(z)", z.Select(activation.Derivative)));
    }
}
