namespace NotebookKit.Jupyter.Runner;

/// <summary>Where a notebook's run is: cell <see cref="Cell"/> (1-based among code cells) of <see cref="CodeCells"/>.</summary>
public sealed record RunProgress(string Notebook, int Cell, int CodeCells, TimeSpan Elapsed);
