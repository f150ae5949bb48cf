using System.Text;

namespace NotebookKit.Display.Rendering;

/// <summary>
/// Builds the kit's plain HTML tables. Styles are inline on the table itself (no page-wide &lt;style&gt;), so an
/// output never restyles the rest of a notebook or an exported handout.
/// </summary>
internal sealed class HtmlTable
{
    public const string TableStyle =
        "border-collapse:collapse;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;margin:2px 0";
    public const string CellStyle = "border:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top";
    public const string HeadStyle = "border:1px solid #ddd;padding:2px 6px;text-align:left;background:#f3f4f6;font-weight:600";
    public const string CaptionStyle = "caption-side:top;text-align:left;color:#555;padding:2px 0;font-family:sans-serif";

    private readonly StringBuilder _rows = new();
    private string? _caption;
    private string[]? _header;
    private readonly string _cssClass;

    public HtmlTable(string cssClass = "nbk-table") => _cssClass = cssClass;

    public HtmlTable Caption(string text)
    {
        _caption = text;
        return this;
    }

    public HtmlTable Header(params string[] columns)
    {
        _header = columns;
        return this;
    }

    /// <summary>A row: the first cell is a row header (th) when <paramref name="rowHeader"/> is given.</summary>
    public HtmlTable Row(string? rowHeader, IEnumerable<string> cells)
    {
        _rows.Append("<tr>");
        if (rowHeader is not null) _rows.Append($"<th style=\"{HeadStyle}\">{Html.Encode(rowHeader)}</th>");
        foreach (var cell in cells) _rows.Append($"<td style=\"{CellStyle}\">{Html.Encode(cell)}</td>");
        _rows.Append("</tr>");
        return this;
    }

    /// <summary>A closing row in bold (totals).</summary>
    public HtmlTable Footer(IEnumerable<string> cells)
    {
        _rows.Append("<tr class=\"nbk-total\">");
        foreach (var cell in cells) _rows.Append($"<td style=\"{CellStyle};font-weight:600;border-top:2px solid #999\">{Html.Encode(cell)}</td>");
        _rows.Append("</tr>");
        return this;
    }

    /// <summary>The "… (N more)" row that closes a capped table.</summary>
    public HtmlTable More(int columns, string text)
    {
        _rows.Append($"<tr class=\"nbk-more\"><td colspan=\"{columns}\" style=\"{CellStyle};color:#777\">{Html.Encode(text)}</td></tr>");
        return this;
    }

    public override string ToString()
    {
        var sb = new StringBuilder($"<table class=\"{_cssClass}\" style=\"{TableStyle}\">");
        if (_caption is not null) sb.Append($"<caption style=\"{CaptionStyle}\">{Html.Encode(_caption)}</caption>");
        if (_header is not null)
        {
            sb.Append("<thead><tr>");
            foreach (var h in _header) sb.Append($"<th style=\"{HeadStyle}\">{Html.Encode(h)}</th>");
            sb.Append("</tr></thead>");
        }
        return sb.Append("<tbody>").Append(_rows).Append("</tbody></table>").ToString();
    }
}
