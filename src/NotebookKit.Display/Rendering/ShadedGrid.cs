using System.Text;

namespace NotebookKit.Display.Rendering;

/// <summary>
/// A grid of numbers as an HTML table shaded by value (the exact number in each cell's title, for hover) and as
/// aligned text. Big grids keep their corners and elide the middle rows (⋮) and columns (…), like NumPy.
/// Matrices, vectors, 2-D arrays and confusion matrices all render through it.
/// </summary>
internal sealed class ShadedGrid
{
    public required int Rows { get; init; }
    public required int Columns { get; init; }
    public required Func<int, int, double> Value { get; init; }
    public required string Caption { get; init; }
    public Func<int, int, string>? Exact { get; init; }
    public Func<int, string> RowLabel { get; init; } = i => i.ToString();
    public Func<int, string> ColumnLabel { get; init; } = j => j.ToString();
    public int MaxRows { get; init; } = 20;
    public int MaxColumns { get; init; } = 14;
    /// <summary>Diverging around zero (weights) or sequential from zero (counts).</summary>
    public bool Diverging { get; init; } = true;
    /// <summary>Axis names drawn above the column labels and beside the row labels ("predicted", "true").</summary>
    public string? RowAxis { get; init; }
    public string? ColumnAxis { get; init; }

    /// <summary>The indices shown: all, or the first and last halves with −1 marking the elided middle.</summary>
    public static int[] Shown(int count, int max)
    {
        if (count <= max) return [.. Enumerable.Range(0, count)];
        int head = (max + 1) / 2, tail = max / 2;
        return [.. Enumerable.Range(0, head), -1, .. Enumerable.Range(count - tail, tail)];
    }

    public string ToHtml()
    {
        double scale = Scale();
        int[] rows = Shown(Rows, MaxRows), columns = Shown(Columns, MaxColumns);
        var sb = new StringBuilder($"<table class=\"nbk-grid\" style=\"{HtmlTable.TableStyle}\">");
        sb.Append($"<caption style=\"{HtmlTable.CaptionStyle}\">{Html.Encode(Caption)}</caption><thead>");
        if (ColumnAxis is not null)
            sb.Append($"<tr><th></th><th colspan=\"{columns.Length}\" style=\"{Head}\">{Html.Encode(ColumnAxis)}</th></tr>");
        sb.Append($"<tr><th style=\"{Head}\">{Html.Encode(RowAxis ?? "")}</th>");
        foreach (int j in columns) sb.Append($"<th style=\"{Head}\">{(j < 0 ? "…" : Html.Encode(ColumnLabel(j)))}</th>");
        sb.Append("</tr></thead><tbody>");
        foreach (int i in rows)
        {
            sb.Append(i < 0 ? "<tr class=\"nbk-elided\">" : "<tr>");
            sb.Append($"<th style=\"{Head}\">{(i < 0 ? "⋮" : Html.Encode(RowLabel(i)))}</th>");
            foreach (int j in columns)
            {
                if (i < 0 || j < 0)
                {
                    sb.Append($"<td class=\"nbk-elided\" style=\"{Cell};color:#777\">{(i < 0 && j < 0 ? "⋱" : i < 0 ? "⋮" : "…")}</td>");
                    continue;
                }
                double v = Value(i, j);
                double t = scale == 0 ? 0 : v / scale;
                string fill = Diverging ? ColorScale.Diverging(t) : ColorScale.Sequential(t);
                string exact = Exact?.Invoke(i, j) ?? ValueText.Number(v);
                sb.Append($"<td style=\"{Cell};background:{fill};color:{ColorScale.TextOn(t)}\" title=\"{Html.Encode(exact)}\">")
                  .Append(Html.Encode(ValueText.Compact(v))).Append("</td>");
            }
            sb.Append("</tr>");
        }
        return sb.Append("</tbody></table>").ToString();
    }

    public string ToText()
    {
        int[] rows = Shown(Rows, MaxRows), columns = Shown(Columns, MaxColumns);
        var lines = new List<string[]>();
        if (RowAxis is not null || ColumnAxis is not null || Columns > 0)
            lines.Add([RowAxis ?? "", .. columns.Select(j => j < 0 ? "…" : ColumnLabel(j))]);
        foreach (int i in rows)
            lines.Add([i < 0 ? "⋮" : RowLabel(i), .. columns.Select(j => i < 0 ? "⋮" : j < 0 ? "…" : Text(Value(i, j)))]);
        return Caption + (ColumnAxis is null ? "" : $"  (columns: {ColumnAxis})") + "\n" + TextTable.Render(lines, rightAlign: true);
    }

    private static string Text(double v) =>
        double.IsNaN(v) ? "NaN" : v.ToString("G6", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The largest |value| over the whole grid, shown or not, so shading means the same everywhere.</summary>
    private double Scale()
    {
        double max = 0;
        for (int i = 0; i < Rows; i++)
            for (int j = 0; j < Columns; j++)
            {
                double a = Math.Abs(Value(i, j));
                if (double.IsFinite(a) && a > max) max = a;
            }
        return max;
    }

    private const string Cell = "border:1px solid #fff;padding:2px 6px;text-align:right;font-variant-numeric:tabular-nums";
    private const string Head = "padding:2px 6px;text-align:right;color:#777;font-weight:normal";
}
