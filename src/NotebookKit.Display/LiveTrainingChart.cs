using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using NotebookKit.Localization;
using NotebookKit.Training;

namespace NotebookKit.Display;

/// <summary>
/// What <c>Fit</c> shows in a notebook: ONE output — a progress line (epoch, batch, loss, ETA) over the chart of
/// loss and metrics per epoch — updated in place (<c>update_display_data</c>), at most a few times a second;
/// the final state is always sent. With a <see cref="LiveDecisionBoundary"/> among the callbacks, the same output
/// also shows the decision boundary beside the curves.
/// </summary>
public sealed class LiveTrainingChart : Callback
{
    private readonly IDisplaySink _sink;
    private readonly Func<long> _clock;
    private readonly long _interval;
    private readonly Dictionary<string, List<double>> _curves = new(StringComparer.Ordinal);
    private readonly string _id = Guid.NewGuid().ToString("N");
    private long _started, _lastSent;
    private int _epochs, _batches, _epoch, _batch = -1;
    private double _loss = double.NaN;
    private bool _done;
    private string _title = "";

    /// <param name="sink">Where the output goes (the notebook).</param>
    /// <param name="updatesPerSecond">The most updates sent per second (default 4).</param>
    /// <param name="boundary">A boundary trained alongside, drawn as a third panel (pass it to the same Fit).</param>
    public LiveTrainingChart(IDisplaySink sink, double updatesPerSecond = 4, LiveDecisionBoundary? boundary = null)
        : this(sink, updatesPerSecond, Stopwatch.GetTimestamp, boundary)
    {
    }

    /// <summary>For tests: a clock in <see cref="Stopwatch"/> ticks, so throttling is checked without waiting.</summary>
    internal LiveTrainingChart(IDisplaySink sink, double updatesPerSecond, Func<long> clock, LiveDecisionBoundary? boundary = null)
    {
        Boundary = boundary;
        _sink = sink ?? throw new ArgumentNullException(nameof(sink));
        if (!(updatesPerSecond > 0)) throw new ArgumentOutOfRangeException(nameof(updatesPerSecond), updatesPerSecond, "updatesPerSecond must be positive.");
        _interval = (long)(Stopwatch.Frequency / updatesPerSecond);
        _clock = clock;
    }

    /// <summary>The display id of the one output this chart owns.</summary>
    public string DisplayId => _id;

    /// <summary>The boundary panel, when a <see cref="LiveDecisionBoundary"/> trains alongside.</summary>
    internal LiveDecisionBoundary? Boundary { get; }

    /// <summary>What is training — the optimizer and the layers — so that several charts in one cell can be told apart.</summary>
    public string Title => _title;

    public override void OnTrainBegin(IModel model, int epochs, int batchesPerEpoch)
    {
        _title = $"{model.Optimizer} · {string.Join(" → ", model.DescribeLayers())}";
        _epochs = epochs;
        _batches = batchesPerEpoch;
        _started = _lastSent = _clock();
        _sink.Display(Bundle(), _id);
    }

    public override void OnEpochBegin(int epoch)
    {
        _epoch = epoch;
        _batch = -1;
    }

    public override void OnBatchEnd(int epoch, int batch, double loss)
    {
        _epoch = epoch;
        _batch = batch;
        _loss = loss;
        MaybeSend();
    }

    public override void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs)
    {
        foreach (var (key, value) in logs)
        {
            if (!_curves.TryGetValue(key, out var list)) _curves[key] = list = [];
            list.Add(value);
        }
        _epoch = epoch;
        _batch = _batches - 1;
        MaybeSend();
    }

    public override void OnTrainEnd(History history)
    {
        _done = true;
        _sink.Update(Bundle(), _id);
        LiveHistories.MarkDrawn(history);
    }

    private void MaybeSend()
    {
        long now = _clock();
        if (now - _lastSent < _interval) return;
        _lastSent = now;
        _sink.Update(Bundle(), _id);
    }

    /// <summary>"Epoch 3/10 · batch 45/100 · loss 0.2314 · 4.1 s · ETA 9 s".</summary>
    internal string ProgressLine()
    {
        double elapsed = (double)(_clock() - _started) / Stopwatch.Frequency;
        string loss = double.IsNaN(_loss) ? "" : " · " + KitText.Format("Training_Loss", _loss.ToString("0.0000", CultureInfo.InvariantCulture));
        if (_done)
        {
            string last = string.Join(" · ", _curves.Select(kv => LastValue(kv.Key, kv.Value)));
            return KitText.Format("Training_Done", _curves.FirstOrDefault().Value?.Count ?? 0, Seconds(elapsed)) + (last.Length > 0 ? " · " + last : "");
        }
        double done = _epochs == 0 ? 0 : (_epoch + (_batch + 1) / (double)Math.Max(1, _batches)) / _epochs;
        string eta = done > 0 ? " · " + KitText.Format("Training_Eta", Seconds(elapsed / done * (1 - done))) : "";
        return KitText.Format("Training_Progress", _epoch + 1, _epochs, _batch + 1, _batches) + $"{loss} · {Seconds(elapsed)}{eta}";
    }

    /// <summary>"loss 0.0770": a curve's display name (<see cref="MetricNames"/>) and its last value.</summary>
    private static string LastValue(string key, List<double> values) =>
        $"{MetricNames.Display(key)} {values[^1].ToString("0.0000", CultureInfo.InvariantCulture)}";

    private static JsonObject TitleJson(string text) => new()
    {
        ["text"] = text,
        ["x"] = 0.01,
        ["xanchor"] = "left",
        ["font"] = new JsonObject { ["size"] = 13 },
    };

    private static string Seconds(double s) =>
        s < 60 ? KitText.Format("Time_Seconds", s.ToString("0.0", CultureInfo.InvariantCulture)) : KitText.Format("Time_Minutes", (int)(s / 60), (int)(s % 60));

    private MimeBundle Bundle()
    {
        string line = ProgressLine();
        var curves = _curves.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<double>)kv.Value);
        var figure = TrainingChart.Build(curves, line, extraPanel: Boundary is not null);
        // Titled by what trains, left-aligned and small so that a long model never runs under Plotly's toolbar;
        // the progress line below it (Lab's Plotly view shows only the figure). The HTML view has the progress
        // bar and line above the chart, so its title is the model alone.
        figure.Layout["title"] = TitleJson(_title.Length > 0 ? $"{_title}<br><sub>{line}</sub>" : line);
        Boundary?.AddPanel(figure);
        double fraction = _done ? 1 : _epochs == 0 ? 0 : (_epoch + (_batch + 1) / (double)Math.Max(1, _batches)) / _epochs;
        string bar =
            $"<div class=\"nbk-progress\" style=\"font-family:sans-serif;font-size:13px;margin:4px 0\">" +
            $"<progress max=\"1\" value=\"{fraction.ToString("0.###", CultureInfo.InvariantCulture)}\" style=\"width:160px;vertical-align:middle\"></progress> " +
            $"<span>{Html.Encode(line)}</span></div>";
        var htmlFigure = figure.ToJson();
        htmlFigure["layout"]!["title"] = TitleJson(_title);
        var bundle = PlotlyHtml.Bundle(figure, new FormatContext(FormatterRegistry.Default, _sink), bar, htmlFigure);
        string text = line + (_title.Length > 0 ? "\n" + _title : "") + (_curves.Count > 0 ? "\n" + string.Join(", ", _curves.Select(kv => LastValue(kv.Key, kv.Value))) : "");
        return bundle.With(MimeTypes.PlainText, text);
    }
}
