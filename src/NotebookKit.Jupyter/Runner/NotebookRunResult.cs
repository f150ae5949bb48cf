using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Jupyter.Runner;

/// <summary>
/// The outcome of running one notebook: the executed copy (the source object is never changed), and when
/// the run stopped, why, in a message that names the notebook, the cell, the line and the error.
/// With --allow-errors a run that met errors still succeeds; <see cref="ErrorCells"/> counts them.
/// </summary>
public sealed record NotebookRunResult(string Path, Notebook Executed, RunFailure Failure, string? Message, int ErrorCells, TimeSpan Elapsed)
{
    public bool Succeeded => Failure == RunFailure.None;
}
