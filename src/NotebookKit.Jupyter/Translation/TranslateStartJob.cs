using NotebookKit.Jupyter.Notebooks;
using NotebookKit.Localization;

namespace NotebookKit.Jupyter.Translation;

/// <summary>
/// The `translate start` use case: writes the starting point of each translation, notebooks/&lt;lang&gt;/NN-slug.ipynb
/// beside its English lesson (the lesson with its language declared, the rest to translate). A translation that
/// already exists is translator's work: it is replaced only when <c>force</c> says so, else the job stops there.
/// </summary>
public static class TranslateStartJob
{
    /// <param name="lang">The language asked for, as the user typed it (zh-CN, zh-cn…).</param>
    public static WriteOutcome Run(IReadOnlyList<string> paths, string? lang, bool force)
    {
        var language = KitLanguage.Normalize(lang);
        if (language is null or KitLanguage.English)
            return new WriteOutcome($"the kit is not translated into '{lang}'; choose one of: {string.Join(", ", KitLanguage.Supported.Skip(1))}.", [], null);
        var written = new List<string>();
        try
        {
            foreach (var path in NotebookPaths.Expand(paths))
            {
                var target = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, language, Path.GetFileName(path));
                if (File.Exists(target) && !force)
                    return new WriteOutcome(null, written, $"{target} exists; not replaced (--force replaces it).");
                var scaffold = TranslationScaffold.Create(Notebook.Load(path), language, KitText.Get("Translate_LanguageComment", language));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                scaffold.Save(target);
                written.Add(target);
            }
            return new WriteOutcome(null, written, null);
        }
        catch (Exception e) when (e is IOException or NotebookFormatException or ArgumentException or UnauthorizedAccessException)
        {
            return new WriteOutcome(null, written, e.Message);
        }
    }
}
