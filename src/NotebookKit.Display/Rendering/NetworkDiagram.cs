using System.Text;

namespace NotebookKit.Display.Rendering;

/// <summary>
/// A fully connected network as SVG: one column of neurons per layer, a line per weight — red positive, blue
/// negative, thicker for larger |w| (scaled per layer), the exact value on hover. Layers wider than
/// <see cref="MaxShown"/> show their first and last neurons with "⋮" between; only weights between shown
/// neurons are drawn.
/// </summary>
internal static class NetworkDiagram
{
    public const int MaxShown = 10;
    private const double ColumnGap = 150, RowGap = 34, Radius = 11, Top = 34, Left = 50;

    /// <summary>One column: its label, size, and the weights into it (inputs×units, null for the input column).</summary>
    public sealed record Column(string Label, int Units, Func<int, int, double>? Weight, Func<int, double>? Bias = null);

    public static string Render(IReadOnlyList<Column> columns)
    {
        var shown = columns.Select(c => ShadedGrid.Shown(c.Units, MaxShown)).ToList();
        int tallest = shown.Max(s => s.Length);
        double height = Top + tallest * RowGap + 30, width = Left * 2 + (columns.Count - 1) * ColumnGap;
        double Y(int column, int slot) => Top + (tallest - shown[column].Length) * RowGap / 2 + slot * RowGap + RowGap / 2;
        double X(int column) => Left + column * ColumnGap;

        var edges = new StringBuilder();
        for (int c = 1; c < columns.Count; c++)
        {
            var weight = columns[c].Weight!;
            double max = 0;
            foreach (int i in shown[c - 1]) foreach (int j in shown[c])
                if (i >= 0 && j >= 0) max = Math.Max(max, Math.Abs(weight(i, j)));
            for (int si = 0; si < shown[c - 1].Length; si++)
            {
                int i = shown[c - 1][si];
                if (i < 0) continue;
                for (int sj = 0; sj < shown[c].Length; sj++)
                {
                    int j = shown[c][sj];
                    if (j < 0) continue;
                    double w = weight(i, j), t = max == 0 ? 0 : Math.Abs(w) / max;
                    edges.Append($"<line class=\"edge\" x1=\"{Svg.N(X(c - 1) + Radius)}\" y1=\"{Svg.N(Y(c - 1, si))}\" x2=\"{Svg.N(X(c) - Radius)}\" y2=\"{Svg.N(Y(c, sj))}\" ")
                         .Append($"stroke=\"{ColorScale.Sign(w)}\" stroke-width=\"{Svg.N(0.4 + 3.6 * t)}\" stroke-opacity=\"{Svg.N(0.25 + 0.65 * t)}\">")
                         .Append($"<title>{Svg.Text(columns[c].Label)}: w[{i},{j}] = {ValueText.Number(w)}</title></line>");
                }
            }
        }

        var nodes = new StringBuilder();
        for (int c = 0; c < columns.Count; c++)
        {
            for (int s = 0; s < shown[c].Length; s++)
            {
                int u = shown[c][s];
                if (u < 0)
                {
                    nodes.Append($"<text class=\"elided\" x=\"{Svg.N(X(c))}\" y=\"{Svg.N(Y(c, s) + 5)}\" text-anchor=\"middle\" font-size=\"16\" fill=\"#555\">⋮</text>");
                    continue;
                }
                string kind = c == 0 ? "neuron input" : "neuron";
                string hover = columns[c].Bias is { } b ? $"unit {u}, b = {ValueText.Number(b(u))}" : $"input {u}";
                nodes.Append($"<circle class=\"{kind}\" cx=\"{Svg.N(X(c))}\" cy=\"{Svg.N(Y(c, s))}\" r=\"{Radius}\" fill=\"{(c == 0 ? "#f3f4f6" : "#ffffff")}\" stroke=\"#374151\" stroke-width=\"1.2\"><title>{Svg.Text(hover)}</title></circle>");
            }
            nodes.Append($"<text class=\"layer-label\" x=\"{Svg.N(X(c))}\" y=\"{Svg.N(height - 10)}\" text-anchor=\"middle\" fill=\"#374151\">{Svg.Text(columns[c].Label)}</text>");
        }
        return $"{Svg.Open} class=\"nbk-network\" width=\"{Svg.N(width)}\" height=\"{Svg.N(height)}\" viewBox=\"0 0 {Svg.N(width)} {Svg.N(height)}\" {Svg.Font}>" +
               $"<g class=\"edges\">{edges}</g><g class=\"neurons\">{nodes}</g></svg>";
    }
}
