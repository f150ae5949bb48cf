using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Jupyter.Translation;

/// <summary>
/// The starting point of a translation: the English lesson with its language declared — metadata
/// <c>"lang"</c> and the language cell right after the title cell — and everything else as it is, so the
/// translator only rewrites prose, string literals and comments, and <see cref="TranslationCheck"/> passes on
/// the code from the first minute.
/// </summary>
public static partial class TranslationScaffold
{
    public static Notebook Create(Notebook english, string language, string languageComment)
    {
        if (LessonLanguage.Of(english) != KitLanguage.English)
            throw new ArgumentException($"the lesson is already in {LessonLanguage.Of(english)}; start a translation from the English lesson", nameof(english));
        var notebook = english.Clone();
        notebook.ClearOutputs();
        notebook.Metadata[LessonLanguage.MetadataKey] = language;
        var id = english.Cells.FirstOrDefault()?.Id is { } first && LessonId().Match(first) is { Success: true } m ? m.Groups[1].Value + "-lang" : "language";
        var cell = NotebookCell.CreateCode($"// {languageComment}\n{LessonLanguage.CellCode(language)}", id);
        cell.Metadata["tags"] = new JsonArray(LessonLanguage.CellTag);
        var titleCell = notebook.Cells.FindIndex(c => c.CellType == NotebookCell.Markdown);
        notebook.Cells.Insert(titleCell == 0 ? 1 : 0, cell);
        return notebook;
    }

    [GeneratedRegex(@"^(.+)-[^-]+$")]
    private static partial Regex LessonId();
}
