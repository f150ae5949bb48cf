using System.Text.Json.Nodes;
using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Jupyter.Translation;

/// <summary>
/// The language a lesson is written in, and the cell that makes the kit print in it. A translated lesson says
/// its language twice, each for its own reader: <c>"lang": "zh-CN"</c> in the notebook metadata (for the handout
/// exporter: page language, labels, course map) and a first code cell <c>KitLanguage.Use("zh-CN");</c> tagged
/// <c>language</c> (for the kernel: check messages, progress lines, chart titles).
/// </summary>
public static class LessonLanguage
{
    /// <summary>The notebook-metadata key, named as Pandoc and Quarto name a document's language.</summary>
    public const string MetadataKey = "lang";

    public const string CellTag = "language";

    /// <summary>The notebook's language tag; English when it declares none.</summary>
    public static string Of(Notebook notebook) =>
        notebook.Metadata[MetadataKey] is JsonValue value && value.TryGetValue<string>(out var tag) && !string.IsNullOrWhiteSpace(tag) ? tag : KitLanguage.English;

    /// <summary>The code of the language cell (comments may be added above it).</summary>
    public static string CellCode(string language) => $"KitLanguage.Use(\"{language}\");";

    public static bool IsLanguageCell(NotebookCell cell) =>
        cell.IsCode && cell.Metadata["tags"] is JsonArray tags && tags.Any(t => (string?)t == CellTag);

    /// <summary>The cell's code without comment lines, trimmed: what must equal <see cref="CellCode"/>.</summary>
    public static string CodeOf(NotebookCell cell) =>
        string.Join("\n", cell.Source.ReplaceLineEndings("\n").Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal))).Trim();
}
