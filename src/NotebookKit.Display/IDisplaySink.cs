namespace NotebookKit.Display;

/// <summary>
/// Where displays go. The interpreter gives each cell one (it becomes display_data / update_display_data / clear_output);
/// tests implement it with a list. Display code never knows which.
/// </summary>
public interface IDisplaySink
{
    /// <summary>Shows a new output. With a <paramref name="displayId"/> it can later be updated in place.</summary>
    void Display(MimeBundle bundle, string? displayId);

    /// <summary>Replaces every earlier output that carries <paramref name="displayId"/>.</summary>
    void Update(MimeBundle bundle, string displayId);

    /// <summary>Clears the cell's output; with <paramref name="wait"/>, only when the next output arrives.</summary>
    void Clear(bool wait);

    /// <summary>
    /// The page these outputs land on (what was sent to it once, like plotly.js). Sinks of one notebook share one;
    /// null, the default, means a page of no one's: each chart then carries plotly.js itself.
    /// </summary>
    OutputPage? Page => null;
}
