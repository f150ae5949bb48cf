namespace NotebookKit.Jupyter.Export;

/// <summary>One heading of a handout: its level (1–6), text and the anchor id it got on the page.</summary>
public sealed record TocEntry(int Level, string Text, string Id);
