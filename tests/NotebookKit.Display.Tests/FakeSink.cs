using NotebookKit.Display;

namespace NotebookKit.Display.Tests;

/// <summary>Records what a kernel would publish: display_data, update_display_data, clear_output.</summary>
internal sealed class FakeSink : IDisplaySink
{
    public List<(MimeBundle Bundle, string? Id)> Displays { get; } = [];
    public List<(MimeBundle Bundle, string Id)> Updates { get; } = [];
    public List<bool> Clears { get; } = [];

    /// <summary>Each fake sink is a page of its own: plotly.js goes to it once.</summary>
    public OutputPage Page { get; } = new();

    /// <summary>Every bundle in the order sent, displays and updates together.</summary>
    public List<MimeBundle> All { get; } = [];

    public void Display(MimeBundle bundle, string? displayId)
    {
        lock (this) { Displays.Add((bundle, displayId)); All.Add(bundle); }
    }

    public void Update(MimeBundle bundle, string displayId)
    {
        lock (this) { Updates.Add((bundle, displayId)); All.Add(bundle); }
    }

    public void Clear(bool wait)
    {
        lock (this) Clears.Add(wait);
    }
}
