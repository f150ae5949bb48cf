namespace NotebookKit.Localization;

/// <summary>
/// The name a learner reads for a loss or metric key (<c>loss</c>, <c>accuracy</c>, <c>val_loss</c>…) in the kit's
/// language: chart legends, axis titles, tables and summary lines. The keys themselves never change —
/// <c>history["accuracy"]</c> works in every language; only what is printed is translated.
/// </summary>
public static class MetricNames
{
    /// <summary>The display name of <paramref name="key"/>; a key the kit does not know is printed as it is.</summary>
    public static string Display(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.StartsWith("val_", StringComparison.Ordinal))
            return Known(key[4..]) is { } name ? KitText.Format("Metric_Validation", name) : key;
        return Known(key) ?? key;
    }

    private static string? Known(string key) => key switch
    {
        "loss" => KitText.Get("Metric_Loss"),
        "accuracy" => KitText.Get("Metric_Accuracy"),
        "mae" => KitText.Get("Metric_Mae"),
        _ => null,
    };
}
