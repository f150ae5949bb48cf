namespace NotebookKit.Jupyter.Notebooks;

/// <summary>One file a <see cref="ConvertJob"/> wrote, and what its .dib could not carry (outputs of cell 3, …).</summary>
public sealed record ConvertedNotebook(string Source, string Target, IReadOnlyList<string> NotCarried);
