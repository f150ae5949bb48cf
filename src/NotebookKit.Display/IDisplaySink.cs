namespace NotebookKit.Display;

/// <summary>
/// Where displays go. The kernel implements it (display_data / update_display_data / clear_output on iopub);
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
}
