using NotebookKit.Display;

namespace NotebookKit.Jupyter.Kernel;

/// <summary>The kernel's <see cref="IDisplaySink"/>: <c>display(x)</c> and friends become display_data, update_display_data and clear_output.</summary>
internal sealed class IopubDisplaySink(JupyterKernel kernel) : IDisplaySink
{
    public void Display(MimeBundle bundle, string? displayId) => kernel.PublishDisplay(bundle, displayId, update: false);

    public void Update(MimeBundle bundle, string displayId)
    {
        ArgumentException.ThrowIfNullOrEmpty(displayId);
        kernel.PublishDisplay(bundle, displayId, update: true);
    }

    public void Clear(bool wait) => kernel.PublishClear(wait);
}
