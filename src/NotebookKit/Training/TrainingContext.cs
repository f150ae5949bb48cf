namespace NotebookKit.Training;

/// <summary>
/// What a host (a notebook cell, a console program, a test) hands <c>Fit</c>: the cancellation it checks before
/// every batch and the progress callback it adds. Immutable; a host makes one and puts it in force with
/// <see cref="Use"/> for a scope, and <c>Fit</c> reads <see cref="Current"/> once when it starts.
/// </summary>
/// <remarks>
/// Why it flows (an <see cref="AsyncLocal{T}"/>) instead of being a parameter of <c>Fit</c>: a learner writes
/// <c>model.Fit(x, y, epochs: 5)</c> and must still see the live chart and be able to press Stop. Why it is not a
/// settable static: two cells, two tests or a cell's background task must never see each other's cancellation or
/// chart. So the value is fixed at <see cref="Use"/>, visible only to code that flow runs (including tasks it
/// starts), and gone when the scope is disposed. In the kernel, <c>CellScope</c> is the one place that begins it and
/// the one place that ends it.
/// </remarks>
public sealed class TrainingContext
{
    private static readonly AsyncLocal<TrainingContext?> InForce = new();

    /// <param name="cancellation">Cancelled when the host wants training to stop (the user pressed Stop).</param>
    /// <param name="progress">
    /// Makes the callback <c>Fit</c> adds to the ones it was given (a live chart, a progress bar), from the model and
    /// those callbacks; null, or returning null, adds nothing.
    /// </param>
    public TrainingContext(CancellationToken cancellation = default, Func<IModel, IReadOnlyList<Callback>, Callback?>? progress = null)
    {
        Cancellation = cancellation;
        Progress = progress;
    }

    /// <summary>No host: never cancelled, no progress shown.</summary>
    public static TrainingContext None { get; } = new();

    /// <summary>The context in force for the running code, or <see cref="None"/>.</summary>
    public static TrainingContext Current => InForce.Value ?? None;

    public CancellationToken Cancellation { get; }

    public Func<IModel, IReadOnlyList<Callback>, Callback?>? Progress { get; }

    /// <summary>This context with another progress factory (same cancellation).</summary>
    public TrainingContext WithProgress(Func<IModel, IReadOnlyList<Callback>, Callback?>? progress) => new(Cancellation, progress);

    /// <summary>
    /// Puts <paramref name="context"/> in force for this flow (and the tasks it starts) until the result is
    /// disposed, which puts back the one before. Dispose it on the flow that called <see cref="Use"/>.
    /// </summary>
    public static IDisposable Use(TrainingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var previous = InForce.Value;
        InForce.Value = context;
        return new Scope(previous);
    }

    private sealed class Scope(TrainingContext? previous) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) InForce.Value = previous;
        }
    }
}
