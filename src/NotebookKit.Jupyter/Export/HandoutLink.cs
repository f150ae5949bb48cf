namespace NotebookKit.Jupyter.Export;

/// <summary>A link from one handout to another page of the course (relative file name and its title).</summary>
public sealed record HandoutLink(string Href, string Title);
