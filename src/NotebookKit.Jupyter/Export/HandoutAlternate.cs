namespace NotebookKit.Jupyter.Export;

/// <summary>The same page in another language: its language tag and the relative link to it.</summary>
public sealed record HandoutAlternate(string Language, string Href);
