namespace NotebookKit.Jupyter.Runner;

/// <summary>Why a notebook's run stopped.</summary>
public enum RunFailure
{
    None,
    CellError,
    Timeout,
    KernelDied,
    KernelStart,
    NotCSharp,
}
