namespace NotebookKit.Training;

/// <summary>
/// Stops <c>Fit</c> when a monitored value (default <c>val_loss</c>) has not improved by more than
/// <see cref="MinDelta"/> for <see cref="Patience"/> epochs, and by default puts back the best epoch's weights.
/// Values named like a loss or error are minimised; others (accuracy) are maximised.
/// </summary>
public sealed class EarlyStopping : Callback
{
    private IModel? model;
    private IReadOnlyList<Array>? bestWeights;
    private int wait;

    public EarlyStopping(string monitor = "val_loss", int patience = 5, double minDelta = 0, bool restoreBestWeights = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(monitor);
        if (patience < 0) throw new ArgumentOutOfRangeException(nameof(patience), patience, "patience must be ≥ 0.");
        if (!(minDelta >= 0)) throw new ArgumentOutOfRangeException(nameof(minDelta), minDelta, "minDelta must be ≥ 0.");
        Monitor = monitor;
        Patience = patience;
        MinDelta = minDelta;
        RestoreBestWeights = restoreBestWeights;
        Minimize = monitor.Contains("loss", StringComparison.Ordinal) || monitor.Contains("error", StringComparison.Ordinal)
            || monitor.EndsWith("mae", StringComparison.Ordinal);
    }

    /// <summary>The log key watched, e.g. <c>val_loss</c> or <c>val_accuracy</c>.</summary>
    public string Monitor { get; }

    public int Patience { get; }

    public double MinDelta { get; }

    public bool RestoreBestWeights { get; }

    /// <summary>True if lower is better for <see cref="Monitor"/>.</summary>
    public bool Minimize { get; }

    /// <summary>The best monitored value seen.</summary>
    public double Best { get; private set; }

    /// <summary>The epoch (0-based) of <see cref="Best"/>.</summary>
    public int BestEpoch { get; private set; }

    /// <summary>The epoch (0-based) after which training stopped, or null if it ran to the end.</summary>
    public int? StoppedEpoch { get; private set; }

    public override void OnTrainBegin(IModel model, int epochs, int batchesPerEpoch)
    {
        this.model = model;
        bestWeights = null;
        wait = 0;
        Best = Minimize ? double.PositiveInfinity : double.NegativeInfinity;
        BestEpoch = -1;
        StoppedEpoch = null;
    }

    public override void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs)
    {
        if (!logs.TryGetValue(Monitor, out double value))
            throw new InvalidOperationException(
                $"EarlyStopping monitors '{Monitor}' but the logs have {string.Join(", ", logs.Keys.Select(k => $"'{k}'"))}"
                + (Monitor.StartsWith("val_", StringComparison.Ordinal) ? "; give Fit validationSplit or validationData." : "."));
        bool improved = Minimize ? value < Best - MinDelta : value > Best + MinDelta;
        if (improved)
        {
            Best = value;
            BestEpoch = epoch;
            wait = 0;
            if (RestoreBestWeights) bestWeights = model!.GetWeights();
            return;
        }
        if (++wait > Patience)
        {
            StoppedEpoch = epoch;
            model!.StopTraining = true;
        }
    }

    public override void OnTrainEnd(History history)
    {
        if (RestoreBestWeights && StoppedEpoch is not null && bestWeights is not null) model!.SetWeights(bestWeights);
    }
}
