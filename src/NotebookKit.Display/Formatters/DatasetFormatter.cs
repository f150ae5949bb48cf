using System.Text.Json.Nodes;
using NotebookKit.Data;

namespace NotebookKit.Display.Formatters;

/// <summary>
/// A <see cref="Dataset"/>: images as a grid of pictures with labels; 2-D points as a scatter plot coloured by
/// class; anything else as its first rows, shaded, labelled with their class.
/// </summary>
internal sealed class DatasetFormatter : ObjectFormatter<Dataset>
{
    private static readonly string[] Colors = ["#2166ac", "#b2182b", "#1b7837", "#762a83", "#e08214", "#35978f", "#c51b7d", "#8c510a", "#4d4d4d", "#fdb863"];

    protected override MimeBundle Format(Dataset value, FormatContext context)
    {
        if (value.Image is not null)
        {
            var images = ImageGridFormatter.Render(new ImageGrid(value));
            return images.With(MimeTypes.PlainText, value + "\n" + images.PlainText);
        }
        if (value.Features == 2) return PlotlyHtml.Bundle(Scatter(value), context).With(MimeTypes.PlainText, value.ToString());
        var grid = new ShadedGrid
        {
            Rows = value.Count,
            Columns = value.Features,
            Value = (i, j) => value.X[i, j],
            RowLabel = i => value.ClassNames[value.Labels[i]],
            Caption = value.ToString(),
            MaxRows = 10,
        };
        return new MimeBundle(grid.ToText()).With(MimeTypes.Html, grid.ToHtml());
    }

    private static PlotlyFigure Scatter(Dataset data)
    {
        var traces = new JsonArray();
        for (int c = 0; c < data.ClassCount; c++)
        {
            var rows = Enumerable.Range(0, data.Count).Where(i => data.Labels[i] == c).ToList();
            traces.Add(new JsonObject
            {
                ["type"] = "scatter",
                ["mode"] = "markers",
                ["name"] = data.ClassNames[c],
                ["x"] = Json.Numbers(rows.Select(i => (double)data.X[i, 0])),
                ["y"] = Json.Numbers(rows.Select(i => (double)data.X[i, 1])),
                ["marker"] = new JsonObject { ["color"] = Colors[c % Colors.Length], ["size"] = 6 },
            });
        }
        return new PlotlyFigure(traces, new JsonObject
        {
            ["title"] = Json.Title(data.ToString()),
            ["height"] = 420,
            ["width"] = 480,
            ["margin"] = new JsonObject { ["l"] = 50, ["r"] = 20, ["t"] = 50, ["b"] = 40 },
            ["xaxis"] = Json.Axis("x₁"),
            ["yaxis"] = Json.Axis("x₂", anchor: "x"),
        });
    }
}
