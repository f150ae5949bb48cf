namespace NotebookKit.Jupyter.Runner;

/// <summary>Why a run did not start: nothing ran and nothing was written.</summary>
public enum RunRefusal
{
    /// <summary>It started.</summary>
    None,

    /// <summary>A path is missing or not a notebook, or two notebooks would be written to one file.</summary>
    InvalidInput,

    /// <summary>PDFs were asked for and no Chromium is installed to print them.</summary>
    NoChromium,
}
