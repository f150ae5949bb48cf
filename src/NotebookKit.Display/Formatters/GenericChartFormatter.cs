using Plotly.NET;

namespace NotebookKit.Display.Formatters;

/// <summary>
/// Any Plotly.NET chart: the figure <c>GenericChart.toJson</c> would write (written by <see cref="PlotlyNetJson"/>,
/// ~10 times faster), shown offline (Plotly.NET's own HTML would point at a CDN).
/// </summary>
internal sealed class GenericChartFormatter : ObjectFormatter<GenericChart>
{
    protected override MimeBundle Format(GenericChart value, FormatContext context) =>
        PlotlyHtml.Bundle(PlotlyFigure.FromGenericChart(value), context);
}
