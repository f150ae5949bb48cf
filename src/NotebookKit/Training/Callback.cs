namespace NotebookKit.Training;

/// <summary>
/// Hooks into <c>Fit</c>: override the moments you care about (all default to doing nothing).
/// Epochs and batches are counted from 0, as in Keras. Any <see cref="Sequential{T}"/> (float or double) calls them, through <see cref="IModel"/>.
/// </summary>
public abstract class Callback
{
    /// <summary>Before the first epoch.</summary>
    public virtual void OnTrainBegin(IModel model, int epochs, int batchesPerEpoch)
    {
    }

    public virtual void OnEpochBegin(int epoch)
    {
    }

    /// <summary>After each optimizer step, with that batch's loss.</summary>
    public virtual void OnBatchEnd(int epoch, int batch, double loss)
    {
    }

    /// <summary>After each epoch, with its logs: <c>loss</c>, metrics, and <c>val_…</c> when validating.</summary>
    public virtual void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs)
    {
    }

    /// <summary>After the last epoch (or an early stop).</summary>
    public virtual void OnTrainEnd(History history)
    {
    }
}
