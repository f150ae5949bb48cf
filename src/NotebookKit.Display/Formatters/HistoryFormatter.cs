using System.Globalization;
using NotebookKit.Localization;
using NotebookKit.Training;

namespace NotebookKit.Display.Formatters;

/// <summary>A <see cref="History"/>: loss and every metric per epoch, train and validation, as a Plotly chart.</summary>
internal sealed class HistoryFormatter : ObjectFormatter<History>
{
    protected override MimeBundle Format(History value, FormatContext context)
    {
        if (LiveHistories.TakeDrawn(value))
        {
            // Fit's live chart above already shows these curves: the table alone, not the same chart twice.
            string text = Text(value);
            string html = $"<pre class=\"nbk-history\" style=\"font-size:12px;margin:4px 0\">{Html.Encode(text)}</pre>" +
                $"<div style=\"color:#6b7280;font:12px sans-serif\">{Html.Encode(KitText.Get("History_LiveNote")).Replace("{0}", "<code>display(history)</code>", StringComparison.Ordinal)}</div>";
            return new MimeBundle(text).With(MimeTypes.Html, html);
        }
        return PlotlyHtml.Bundle(value.ToFigure(), context).With(MimeTypes.PlainText, Text(value));
    }

    /// <summary>The last few epochs as a table: what a console (or a reader of the raw notebook) needs.</summary>
    private static string Text(History history)
    {
        if (history.Epochs == 0) return history.ToString();
        var keys = history.Values.Keys.ToList();
        var rows = new List<string[]> { new[] { KitText.Get("Chart_EpochAxis") }.Concat(keys.Select(MetricNames.Display)).ToArray() };
        var shown = ShadedGrid.Shown(history.Epochs, 10);
        foreach (int e in shown)
            rows.Add(e < 0 ? ["⋮", .. keys.Select(_ => "⋮")]
                : [(e + 1).ToString(CultureInfo.InvariantCulture), .. keys.Select(k => history[k][e].ToString("0.0000", CultureInfo.InvariantCulture))]);
        return KitText.Format("History_Title", history.Epochs) + "\n" + TextTable.Render(rows, rightAlign: true);
    }
}
