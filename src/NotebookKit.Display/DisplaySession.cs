namespace NotebookKit.Display;

/// <summary>
/// The ambient display target of the running notebook. The kernel attaches its sink once per session;
/// outside a notebook there is none and <c>display(x)</c> falls back to the console.
/// </summary>
/// <remarks>
/// <see cref="Use"/> overrides the sink for the current async flow only, so tests with fake sinks run in
/// parallel without seeing each other; the kernel's <see cref="Attach"/> is process-wide.
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
        Sessions.OnAttach();
    }

    public static void Detach()
    {
        _current = null;
        Sessions.OnDetach();
    }

    /// <summary>Makes <paramref name="sink"/> current for this async flow until the result is disposed.</summary>
    public static IDisposable Use(IDisplaySink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var previous = _scoped.Value;
        _scoped.Value = sink;
        Sessions.OnAttach();
        return new Scope(() => _scoped.Value = previous);
    }

    private sealed class Scope(Action onDispose) : IDisposable
    {
        private Action? _onDispose = onDispose;

        public void Dispose() => Interlocked.Exchange(ref _onDispose, null)?.Invoke();
    }
}
