namespace NotebookKit.Jupyter.Translation;

/// <summary>
/// One translated lesson of a <see cref="TranslateCheckJob"/>: its English lesson (which may be missing) and every
/// way the translation drifted from it.
/// </summary>
public sealed record TranslatedLesson(string Path, string EnglishPath, bool EnglishFound, IReadOnlyList<string> Problems)
{
    public bool Matches => EnglishFound && Problems.Count == 0;
}
