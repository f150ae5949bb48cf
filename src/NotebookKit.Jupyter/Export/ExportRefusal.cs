namespace NotebookKit.Jupyter.Export;

/// <summary>Why an export did not start: nothing was written.</summary>
public enum ExportRefusal
{
    /// <summary>It started.</summary>
    None,

    /// <summary>A path is missing or a notebook is malformed.</summary>
    InvalidInput,

    /// <summary>PDFs were asked for and no Chromium is installed to print them.</summary>
    NoChromium,
}
