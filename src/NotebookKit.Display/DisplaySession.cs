namespace NotebookKit.Display;

/// <summary>
/// The ambient display target of the running notebook. The kernel attaches its sink once per session;
/// outside a notebook there is none and <c>display(x)</c> falls back to the console.
/// </summary>
public static class DisplaySession
{
    private static IDisplaySink? _current;

    /// <summary>The sink of the notebook this code runs in, or null outside a notebook.</summary>
    public static IDisplaySink? Current => _current;

    /// <summary>Called by the kernel before any user code runs.</summary>
    public static void Attach(IDisplaySink sink) => _current = sink ?? throw new ArgumentNullException(nameof(sink));

    public static void Detach() => _current = null;
}
