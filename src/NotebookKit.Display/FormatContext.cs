namespace NotebookKit.Display;

/// <summary>
/// What a formatter may need beyond the object: the registry (to format nested values), the limits, and
/// whether the output must stand alone (no notebook session to share plotly.js with).
/// </summary>
public sealed class FormatContext
{
    internal FormatContext(FormatterRegistry registry, IDisplaySink? sink)
    {
        Registry = registry;
        Sink = sink;
    }

    public FormatterRegistry Registry { get; }

    /// <summary>The notebook the output goes to, or null (console, export, tests): then HTML must be self-contained.</summary>
    public IDisplaySink? Sink { get; }

    /// <summary>Rows shown before a sequence is cut with "…".</summary>
    public int ListExpansionLimit => Registry.ListExpansionLimit;
}
