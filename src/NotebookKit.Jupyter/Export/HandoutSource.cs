using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Jupyter.Export;

/// <summary>A notebook to hand out and the file it came from (its name gives the handout's name and order).</summary>
public sealed record HandoutSource(string Path, Notebook Notebook);
