namespace NotebookKit.Jupyter.Export;

/// <summary>
/// Where a handout sits in its course: the lessons before and after it, the course index, and the same lesson
/// in the course's other languages.
/// </summary>
public sealed record HandoutNavigation(HandoutLink? Previous, HandoutLink? Next, HandoutLink? Index, IReadOnlyList<HandoutAlternate>? Alternates = null)
{
    public static readonly HandoutNavigation None = new(null, null, null);

    public IReadOnlyList<HandoutAlternate> OtherLanguages => Alternates ?? [];
}
