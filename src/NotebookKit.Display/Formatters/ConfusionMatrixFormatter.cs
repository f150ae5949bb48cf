using System.Globalization;
using NotebookKit.Localization;
using NotebookKit.Training;

namespace NotebookKit.Display.Formatters;

/// <summary>
/// A <see cref="ConfusionMatrix"/>: a heatmap table with the class names on both axes (rows true, columns
/// predicted), shaded by count, the share of each true class on hover, and the accuracy in the caption.
/// </summary>
internal sealed class ConfusionMatrixFormatter : ObjectFormatter<ConfusionMatrix>
{
    protected override MimeBundle Format(ConfusionMatrix value, FormatContext context)
    {
        var rowTotals = Enumerable.Range(0, value.Classes).Select(i => Enumerable.Range(0, value.Classes).Sum(j => value[i, j])).ToArray();
        var grid = new ShadedGrid
        {
            Rows = value.Classes,
            Columns = value.Classes,
            Value = (i, j) => value[i, j],
            Exact = (i, j) => $"true {value.Labels[i]}, predicted {value.Labels[j]}: {value[i, j]}" +
                (rowTotals[i] > 0 ? $" ({(100.0 * value[i, j] / rowTotals[i]).ToString("0.#", CultureInfo.InvariantCulture)}% of {value.Labels[i]})" : ""),
            RowLabel = i => value.Labels[i],
            ColumnLabel = j => value.Labels[j],
            RowAxis = "true \\ predicted",
            ColumnAxis = "predicted",
            Caption = KitText.Format("ConfusionMatrix_Caption", value.Total, value.Accuracy.ToString("0.####", CultureInfo.InvariantCulture)),
            Diverging = false,
            MaxRows = 30,
            MaxColumns = 30,
        };
        return new MimeBundle(grid.Caption + "\n" + value).With(MimeTypes.Html, grid.ToHtml());
    }
}
