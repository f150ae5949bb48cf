namespace NotebookKit.Training;

/// <summary>Thrown by <c>Fit</c> when the loss becomes NaN or infinite; names where, and what to try.</summary>
public sealed class TrainingDivergedException : Exception
{
    public TrainingDivergedException(int epoch, int epochs, int batch, int batches, double loss, string optimizer, double learningRate)
        : base($"The loss became {Describe(loss)} at epoch {epoch} of {epochs}, batch {batch} of {batches}: training diverged. "
               + $"Try a smaller learning rate ({optimizer} has {learningRate}; try {learningRate / 10}), or check the inputs are scaled.")
    {
        Epoch = epoch;
        Batch = batch;
        LossValue = loss;
    }

    /// <summary>The epoch (1-based) where it happened.</summary>
    public int Epoch { get; }

    /// <summary>The batch within that epoch (1-based).</summary>
    public int Batch { get; }

    /// <summary>The offending loss value.</summary>
    public double LossValue { get; }

    private static string Describe(double loss) => double.IsNaN(loss) ? "NaN" : loss > 0 ? "+∞" : "−∞";
}
