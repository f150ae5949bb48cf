namespace NotebookKit.Bench;

/// <summary>
/// One benchmark model: samples per epoch, epochs, batch size, and what is timed (the same table as
/// bench/peers/common.py). <see cref="BestEpoch"/>: the fastest epoch counts (the first one pays for warm-up);
/// otherwise every epoch together.
/// </summary>
internal sealed record Workload(string Name, string Description, int Samples, int Epochs, int BatchSize, bool BestEpoch)
{
    public static readonly Workload Mlp = new("mlp", "MLP 784-128-64-10, Adam 1e-3, one epoch of Fashion-MNIST train (60,000)", 60000, 1, 64, false);
    public static readonly Workload Cnn = new("cnn", "CNN conv8-pool-conv16-pool-dense10, Adam 1e-3, first 10,000 images, 2 epochs, best epoch", 10000, 2, 64, true);
    public static readonly Workload Tiny = new("tiny", "the seeds' 2-5-1 net, Adam 0.01, 1,000 samples, 100 epochs", 1000, 100, 32, false);

    public static IReadOnlyList<Workload> All { get; } = [Mlp, Cnn, Tiny];

    /// <summary>Optimizer steps in the timed part.</summary>
    public int TimedSteps => (Samples + BatchSize - 1) / BatchSize * (BestEpoch ? 1 : Epochs);

    /// <summary>Samples trained in the timed part.</summary>
    public long TimedSamples => (long)Samples * (BestEpoch ? 1 : Epochs);
}
