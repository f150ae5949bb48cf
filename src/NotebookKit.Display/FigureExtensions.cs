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

    /// <summary>f and f′ on z ∈ [−5, 5].</summary>
    public static PlotlyFigure ToFigure(this Activation activation)
    {
        ArgumentNullException.ThrowIfNull(activation);
        var z = Enumerable.Range(0, 201).Select(k => -5 + k * 0.05).ToArray();
        return FunctionPlot.Build($"{activation.Name}: f(z) and f′(z)", "z", z,
            ("f(z)", z.Select(activation.Apply)), ("f′(z)", z.Select(activation.Derivative)));
    }
}
