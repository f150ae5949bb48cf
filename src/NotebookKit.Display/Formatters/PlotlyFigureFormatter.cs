namespace NotebookKit.Display.Formatters;

/// <summary>A <see cref="PlotlyFigure"/>: vnd.plotly JSON for Lab and VS Code, an offline HTML chart for everyone else.</summary>
internal sealed class PlotlyFigureFormatter : ObjectFormatter<PlotlyFigure>
{
    protected override MimeBundle Format(PlotlyFigure value, FormatContext context) => PlotlyHtml.Bundle(value, context);
}
