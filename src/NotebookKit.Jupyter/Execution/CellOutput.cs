using NotebookKit.Display;

namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// One cell's outputs on their way to the <see cref="ICellOutput"/> port: the cell's display sink (what <c>display</c>,
/// <c>Fit</c>'s live chart and Polyglot's <c>Display()</c> write to) and its result, each turned into a finished
/// <see cref="MimeBundle"/> here and sent after the text printed before it, so the page shows them in the order the
/// cell made them. Made and ended by <see cref="CellScope"/>.
/// </summary>
/// <remarks>
/// Displays go to the cell running now, whichever cell's sink they come through (as ipykernel publishes under the
/// current request): a handle kept from an earlier cell and updated in this one sends its update under this request,
/// the only one nbclient and the runner read, and JupyterLab applies it wherever its display_id is shown. While a
/// silent cell runs, nothing is shown.
/// </remarks>
internal sealed class CellOutput(ICellOutput port, OutputPage page, CellConsole console) : IDisplaySink
{
    public ICellOutput Port => port;

    /// <summary>The notebook's page, shared by all its cells: plotly.js goes to it once.</summary>
    public OutputPage Page => page;

    public void Display(MimeBundle bundle, string? displayId)
    {
        console.Flush();
        console.Current?.Port.Display(bundle, displayId);
    }

    public void Update(MimeBundle bundle, string displayId)
    {
        ArgumentException.ThrowIfNullOrEmpty(displayId);
        console.Flush();
        console.Current?.Port.Update(bundle, displayId);
    }

    public void Clear(bool wait)
    {
        console.Flush();
        console.Current?.Port.Clear(wait);
    }

    /// <summary>The cell's value as its <c>execute_result</c>; formatting it may first display plotly.js.</summary>
    public MimeBundle Result(object? value)
    {
        var bundle = Format(value, this);
        console.Flush();
        port.Result(bundle);
        return bundle;
    }

    public string ReadLine(string prompt, bool password)
    {
        console.Flush();
        return port.ReadLine(prompt, password);
    }

    /// <summary>The notebook's bundle for <paramref name="value"/>; a formatter that breaks loses the rich form, never the value.</summary>
    public static MimeBundle Format(object? value, IDisplaySink? sink)
    {
        try
        {
            return FormatterRegistry.Default.Format(value, sink);
        }
        catch (Exception)
        {
            // The registry already turns a failing formatter into text; this is the registry itself failing.
            return new MimeBundle(value?.ToString() ?? "null");
        }
    }
}
