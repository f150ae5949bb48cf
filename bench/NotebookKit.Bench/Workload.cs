namespace NotebookKit.Bench;

/// <summary>One benchmark model: how many samples per epoch, epochs, batch size (the same table as bench/peers/common.py).</summary>
internal sealed record Workload(string Name, string Description, int Samples, int Epochs, int BatchSize)
{
    public static readonly Workload Mlp = new("mlp", "MLP 784-128-64-10, Adam, 1 epoch of Fashion-MNIST train", 60000, 1, 64);
    public static readonly Workload Cnn = new("cnn", "CNN conv8-pool-conv16-pool-dense10, Adam, 10,000 images", 10000, 1, 64);
    public static readonly Workload Tiny = new("tiny", "2-5-1 net, 1,000 samples, 100 epochs", 1000, 100, 32);

    public static IReadOnlyList<Workload> All { get; } = [Mlp, Cnn, Tiny];

    public int Steps => (Samples + BatchSize - 1) / BatchSize * Epochs;

    public long SamplesTrained => (long)Samples * Epochs;
}
