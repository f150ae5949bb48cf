namespace NotebookKit.Display;

/// <summary>
/// The ambient display target of the running notebook. The kernel attaches its sink once per session;
/// outside a notebook there is none and <c>display(x)</c> falls back to the console.
/// </summary>
/// <remarks>
/// <see cref="Use"/> overrides the sink for the current async flow only (and makes <c>Fit</c> there show its live
/// chart in it), so tests with fake sinks run in parallel without seeing each other. The kernel's
/// <see cref="Attach"/> is per session (one kernel, one notebook); each cell's scope then hands that sink to
/// <c>Fit</c> through its <see cref="NotebookKit.Training.TrainingContext"/>.
/// </remarks>
public static class DisplaySession
{
    private static IDisplaySink? _current;
    private static readonly AsyncLocal<IDisplaySink?> _scoped = new();

    /// <summary>The sink of the notebook this code runs in, or null outside a notebook.</summary>
    public static IDisplaySink? Current => _scoped.Value ?? _current;

    /// <summary>Called by the kernel before any user code runs.</summary>
    public static void Attach(IDisplaySink sink)
    {
        _current = sink ?? throw new ArgumentNullException(nameof(sink));
        PolyglotDisplays.Install();
    }

    public static void Detach()
    {
        _current = null;
    }

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
