namespace NotebookKit.Training;

/// <summary>
/// The hooks a host (the notebook kernel, the display layer) sets so training cooperates with it, while the
/// library stays unaware of notebooks.
/// </summary>
public static class TrainingHost
{
    /// <summary>
    /// Set by the kernel per cell; <c>Fit</c> checks it before every batch and throws
    /// <see cref="OperationCanceledException"/>, so an interrupt stops training within one batch.
    /// </summary>
    public static CancellationToken Cancellation { get; set; }

    /// <summary>
    /// Set by the display part when a notebook is attached; <c>Fit</c> adds the callback it returns
    /// (a live chart and a progress line). Null, or returning null, adds nothing.
    /// </summary>
    public static Func<IModel, Callback?>? DefaultProgress { get; set; }
}
