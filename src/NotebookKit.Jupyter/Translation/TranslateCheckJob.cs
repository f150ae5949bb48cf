using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Jupyter.Translation;

/// <summary>
/// The `translate check` use case (the test CI runs): compares each translated lesson, notebooks/&lt;lang&gt;/NN-slug.ipynb,
/// with its English lesson in the folder above (<see cref="TranslationCheck.Compare"/>) and lists every way it drifted.
/// </summary>
public static class TranslateCheckJob
{
    public static TranslateCheckOutcome Run(IReadOnlyList<string> paths)
    {
        var lessons = new List<TranslatedLesson>();
        try
        {
            foreach (var path in NotebookPaths.Expand(paths))
            {
                var translated = Notebook.Load(path);
                var language = LessonLanguage.Of(translated);
                var englishPath = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(path)))!, Path.GetFileName(path));
                lessons.Add(File.Exists(englishPath)
                    ? new TranslatedLesson(path, englishPath, true, TranslationCheck.Compare(Notebook.Load(englishPath), translated, language))
                    : new TranslatedLesson(path, englishPath, false, []));
            }
            return new TranslateCheckOutcome(lessons, null);
        }
        catch (Exception e) when (e is IOException or NotebookFormatException or UnauthorizedAccessException)
        {
            return new TranslateCheckOutcome(lessons, e.Message);
        }
    }
}
