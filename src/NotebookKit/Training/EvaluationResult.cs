using NotebookKit.Localization;

namespace NotebookKit.Training;

/// <summary>The loss and metrics of a model on one data set: <c>result.Loss</c>, <c>result["accuracy"]</c>.</summary>
public sealed class EvaluationResult
{
    private readonly Dictionary<string, double> values;

    internal EvaluationResult(Dictionary<string, double> values) => this.values = values;

    /// <summary>The mean loss over the samples (with any L2 penalty).</summary>
    public double Loss => values["loss"];

    /// <summary><c>loss</c> and each metric by name.</summary>
    public IReadOnlyDictionary<string, double> Values => values;

    public double this[string key] =>
        values.TryGetValue(key, out double v)
            ? v
            : throw new KeyNotFoundException($"The evaluation has no '{key}'; it has {string.Join(", ", values.Keys.Select(k => $"'{k}'"))}. Metrics are chosen in Compile(metrics: …).");

    public override string ToString() => string.Join(", ", values.Select(kv => $"{MetricNames.Display(kv.Key)} {kv.Value:0.####}"));
}
