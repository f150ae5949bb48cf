namespace NotebookKit.Display;

/// <summary>
/// The display sink of the code running now: the running cell's, put in force by the kernel's cell scope for that
/// cell alone; outside a notebook there is none and <c>display(x)</c> falls back to the console.
/// </summary>
/// <remarks>
/// <see cref="Use"/> sets the sink for the current async flow only (and makes <c>Fit</c> there show its live chart
/// in it), so two cells, or tests with fake sinks running in parallel, never see each other's sink, and nothing of a
/// cell's sink outlives its scope except in the tasks that cell itself started. There is no process-wide sink to
/// attach: whoever runs code that displays passes its sink here.
/// </remarks>
public static class DisplaySession
{
    private static readonly AsyncLocal<IDisplaySink?> _scoped = new();

    /// <summary>The sink of the cell (or scope) this code runs in, or null outside a notebook.</summary>
    public static IDisplaySink? Current => _scoped.Value;

    /// <summary>
    /// Makes <paramref name="sink"/> current for this async flow until the result is disposed, and every <c>Fit</c>
    /// in it show a live chart there.
    /// </summary>
    public static IDisposable Use(IDisplaySink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var previous = _scoped.Value;
        _scoped.Value = sink;
        PolyglotDisplays.Install();
        var training = NotebookKit.Training.TrainingContext.Use(
            NotebookKit.Training.TrainingContext.Current.WithProgress(TrainingDisplay.ProgressFor(sink)));
        return new Scope(() =>
        {
            training.Dispose();
            _scoped.Value = previous;
        });
    }

    private sealed class Scope(Action onDispose) : IDisposable
    {
        private Action? _onDispose = onDispose;

        public void Dispose() => Interlocked.Exchange(ref _onDispose, null)?.Invoke();
    }
}
