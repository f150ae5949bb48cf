using System.Text.Json.Nodes;

namespace NotebookKit.Display;

/// <summary>
/// A Plotly figure as JSON — <c>{data, layout, config}</c>, exactly the <c>application/vnd.plotly.v1+json</c>
/// payload. The kit's charts (History, live training, activations) are built as these; a Plotly.NET
/// <c>GenericChart</c> converts with <see cref="FromGenericChart"/>.
/// </summary>
public sealed class PlotlyFigure
{
    public PlotlyFigure(JsonArray data, JsonObject? layout = null, JsonObject? config = null)
    {
        Data = data ?? throw new ArgumentNullException(nameof(data));
        Layout = layout ?? new JsonObject();
        Config = config ?? new JsonObject { ["responsive"] = true, ["displaylogo"] = false };
    }

    public JsonArray Data { get; }

    public JsonObject Layout { get; }

    public JsonObject Config { get; }

    /// <summary>Pixel height the HTML fallback reserves (from layout.height, else 420).</summary>
    public int Height => Number(Layout["height"]) is double h ? (int)h : 420;

    /// <summary>A JSON number as a double, whether it was parsed (a JsonElement) or set from C# (an int, a double).</summary>
    internal static double? Number(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number
            ? double.Parse(v.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture)
            : null;

    public static PlotlyFigure FromGenericChart(Plotly.NET.GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var json = JsonNode.Parse(PlotlyNetJson.Serialize(chart))!.AsObject();
        var figure = new PlotlyFigure(
            json["data"]?.AsArray().DeepClone().AsArray() ?? [],
            json["layout"]?.DeepClone().AsObject(),
            json["config"]?.DeepClone().AsObject());
        // plotly.js reserves 100 px above and 80 px around a plot by default: on a short chart (a row of
        // pictures) that is a blank band larger than the plot. Charts that set no margin get the kit's own.
        // Plotly.NET sizes every chart 600×600 unless told otherwise: in a page column that is a small square
        // with its legend squeezing the plot. A chart left at that default fills the column, 450 px high.
        if (Number(figure.Layout["width"]) == 600 && Number(figure.Layout["height"]) == 600)
        {
            figure.Layout.Remove("width");
            figure.Layout["height"] = 450;
        }
        if (figure.Layout["margin"] is null)
            figure.Layout["margin"] = new JsonObject { ["l"] = 50, ["r"] = 20, ["t"] = figure.Title is { Length: > 0 } ? 50 : 24, ["b"] = 44 };
        return figure;
    }

    /// <summary>A fresh <c>{data, layout, config}</c> object (the figure can be shown again and changed).</summary>
    public JsonObject ToJson() => new()
    {
        ["data"] = Data.DeepClone(),
        ["layout"] = Layout.DeepClone(),
        ["config"] = Config.DeepClone(),
    };

    /// <summary>The title text, whether layout.title is a string or <c>{text: …}</c>.</summary>
    public string? Title => Layout["title"] switch
    {
        JsonValue v when v.TryGetValue(out string? s) => s,
        JsonObject o => o["text"]?.GetValue<string>(),
        _ => null,
    };
}
