namespace NotebookKit.Display.Formatters;

/// <summary>A <see cref="DecisionBoundary"/>: the shaded plane and the points, as a Plotly chart.</summary>
internal sealed class DecisionBoundaryFormatter : ObjectFormatter<DecisionBoundary>
{
    protected override MimeBundle Format(DecisionBoundary value, FormatContext context) => PlotlyHtml.Bundle(value.ToFigure(), context);
}
