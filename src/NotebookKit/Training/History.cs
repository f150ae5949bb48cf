using System.Globalization;
using NotebookKit.Localization;

namespace NotebookKit.Training;

/// <summary>
/// What <c>Fit</c> saw, one value per epoch for each key: <c>loss</c>, each metric (<c>accuracy</c>), and when
/// validating <c>val_loss</c>, <c>val_accuracy</c>. Read a curve with <c>history["loss"]</c>.
/// </summary>
public sealed class History
{
    private readonly Dictionary<string, List<double>> values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<double>> view = new(StringComparer.Ordinal);

    /// <summary>The number of epochs recorded.</summary>
    public int Epochs { get; private set; }

    /// <summary>Every curve by key, in the order the keys first appeared.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<double>> Values => view;

    /// <summary>The per-epoch values of one key, e.g. <c>history["val_accuracy"]</c>.</summary>
    public IReadOnlyList<double> this[string key] =>
        view.TryGetValue(key, out var list)
            ? list
            : throw new KeyNotFoundException($"History has no '{key}'; it has {string.Join(", ", view.Keys.Select(k => $"'{k}'"))}.");

    /// <summary>Records one epoch's logs.</summary>
    internal void Append(IReadOnlyDictionary<string, double> logs)
    {
        foreach (var (key, value) in logs)
        {
            if (!values.TryGetValue(key, out var list))
            {
                list = [];
                // A key first seen late (should not happen in Fit) is padded so every curve lines up by epoch.
                for (int i = 0; i < Epochs; i++) list.Add(double.NaN);
                values[key] = list;
                view[key] = list.AsReadOnly();
            }
            list.Add(value);
        }
        Epochs++;
    }

    public override string ToString() =>
        Epochs == 0
            ? KitText.Get("History_Empty")
            : KitText.Format("History_Summary", Epochs,
                string.Join(", ", values.Select(kv => MetricNames.Display(kv.Key) + " " + kv.Value[^1].ToString("0.####", CultureInfo.CurrentCulture))));
}
