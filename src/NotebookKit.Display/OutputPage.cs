namespace NotebookKit.Display;

/// <summary>
/// The page a notebook's outputs land on, and what has already been sent to it once: plotly.js (3.6 MB), which
/// every chart after the first reuses. One per notebook session: the kernel's interpreter holds one and hands it to
/// each cell's sink; a sink that belongs to no page (<see cref="IDisplaySink.Page"/> null) gets self-contained charts.
/// </summary>
/// <remarks>
/// An instance the host passes, not a static: two kernels, two test sinks or two handouts never share what one of
/// them has sent.
/// </remarks>
public sealed class OutputPage
{
    private int _plotly;

    /// <summary>True for the first caller only, which then sends plotly.js to the page.</summary>
    public bool TryClaimPlotly() => Interlocked.Exchange(ref _plotly, 1) == 0;

    /// <summary>Whether plotly.js has been sent to this page.</summary>
    public bool HasPlotly => Volatile.Read(ref _plotly) != 0;
}
