using System.Text.Json.Nodes;
using NotebookKit.Localization;

namespace NotebookKit.Display.Rendering;

/// <summary>
/// The figure of training curves: loss on the left, each metric on the right, one trace per key with one point
/// per epoch; validation (<c>val_…</c>) dashed in its training twin's colour. The History formatter and the live
/// training chart both draw it, so what a learner watches grow is what the History shows afterwards.
/// </summary>
internal static class TrainingChart
{
    private static readonly string[] Palette = ["#1f77b4", "#2ca02c", "#d62728", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2"];

    /// <param name="curves">Per-epoch values by key (loss, accuracy, val_loss, …).</param>
    /// <param name="title">The chart title (the live chart puts its progress line here).</param>
    /// <param name="extraPanel">When set, the curves take the left 60% and the caller draws in the rest (decision boundary).</param>
    public static PlotlyFigure Build(IReadOnlyDictionary<string, IReadOnlyList<double>> curves, string title, bool extraPanel = false)
    {
        var baseKeys = curves.Keys.Select(k => k.StartsWith("val_", StringComparison.Ordinal) ? k[4..] : k).Distinct().ToList();
        bool hasMetrics = baseKeys.Any(k => !IsLoss(k));
        double right = extraPanel ? 0.56 : 1.0;
        double split = hasMetrics ? right * 0.48 : right;

        var data = new JsonArray();
        foreach (var key in curves.Keys)
        {
            string baseKey = key.StartsWith("val_", StringComparison.Ordinal) ? key[4..] : key;
            bool validation = baseKey != key;
            bool onLossAxis = IsLoss(baseKey) || !hasMetrics;
            var values = curves[key];
            data.Add(new JsonObject
            {
                ["type"] = "scatter",
                ["mode"] = values.Count <= 30 ? "lines+markers" : "lines",
                ["name"] = MetricNames.Display(key),
                ["x"] = Json.Ints(Enumerable.Range(1, values.Count)),
                ["y"] = Json.Numbers(values),
                ["xaxis"] = onLossAxis ? "x" : "x2",
                ["yaxis"] = onLossAxis ? "y" : "y2",
                ["line"] = new JsonObject { ["color"] = Palette[baseKeys.IndexOf(baseKey) % Palette.Length], ["dash"] = validation ? "dash" : "solid" },
                ["hovertemplate"] = $"{MetricNames.Display(key)}: %{{y:.4f}}<br>{KitText.Get("Chart_EpochAxis")} %{{x}}<extra></extra>",
            });
        }

        var layout = new JsonObject
        {
            ["title"] = Json.Title(title),
            ["height"] = 380,
            ["margin"] = new JsonObject { ["l"] = 60, ["r"] = 20, ["t"] = 50, ["b"] = 50 },
            ["legend"] = new JsonObject { ["orientation"] = "h", ["y"] = -0.2 },
            ["plot_bgcolor"] = "#ffffff",
            ["xaxis"] = Json.Axis(KitText.Get("Chart_EpochAxis"), [0, hasMetrics ? split - 0.04 : right - (extraPanel ? 0.04 : 0)], "y"),
            ["yaxis"] = Json.Axis(KitText.Get("Chart_LossAxis"), anchor: "x"),
        };
        if (hasMetrics)
        {
            layout["xaxis2"] = Json.Axis(KitText.Get("Chart_EpochAxis"), [split + 0.04, right - (extraPanel ? 0.04 : 0)], "y2");
            layout["yaxis2"] = Json.Axis(string.Join(", ", baseKeys.Where(k => !IsLoss(k)).Select(MetricNames.Display)), anchor: "x2");
        }
        return new PlotlyFigure(data, layout);
    }

    private static bool IsLoss(string key) => key.Contains("loss", StringComparison.OrdinalIgnoreCase);
}
