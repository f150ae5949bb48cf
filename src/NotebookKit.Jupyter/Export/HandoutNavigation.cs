namespace NotebookKit.Jupyter.Export;

/// <summary>Where a handout sits in its course: the lessons before and after it and the course index.</summary>
public sealed record HandoutNavigation(HandoutLink? Previous, HandoutLink? Next, HandoutLink? Index)
{
    public static readonly HandoutNavigation None = new(null, null, null);
}
