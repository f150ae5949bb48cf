namespace NotebookKit.Jupyter.Notebooks;

/// <summary>
/// One notebook of a <see cref="ClearJob"/>: cleared, left alone (a .dib holds no outputs), or not touched because
/// of <see cref="Error"/> (the message names the file).
/// </summary>
public sealed record ClearedNotebook(string Path, bool LeftAlone, string? Error);
