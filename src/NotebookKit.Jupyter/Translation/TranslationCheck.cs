using System.Text.Json.Nodes;
using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Jupyter.Translation;

/// <summary>
/// Compares a translated lesson with the English lesson it translates and lists every way it drifted:
/// <list type="bullet">
/// <item>metadata <c>"lang"</c> names the language, and the first code cell is the language cell;</item>
/// <item>apart from that cell, the same cells in the same order — same kind, id and tags (1:1, so a diff of the
/// two files pairs each paragraph with its translation);</item>
/// <item>every code cell is the English cell with only string literals and comments changed (<see cref="CodeMask"/>);</item>
/// <item>every markdown cell is written in the language (<see cref="ProseCheck"/>, for Chinese).</item>
/// </list>
/// </summary>
public static class TranslationCheck
{
    public static IReadOnlyList<string> Compare(Notebook english, Notebook translated, string language)
    {
        var problems = new List<string>();
        if (LessonLanguage.Of(translated) != language)
            problems.Add($"metadata \"{LessonLanguage.MetadataKey}\" is \"{LessonLanguage.Of(translated)}\", expected \"{language}\"");
        if (!JsonNode.DeepEquals(english.Metadata["kernelspec"], translated.Metadata["kernelspec"]))
            problems.Add("metadata \"kernelspec\" differs from the English lesson's");

        var firstCode = translated.Cells.FindIndex(c => c.IsCode);
        if (firstCode < 0 || !LessonLanguage.IsLanguageCell(translated.Cells[firstCode]))
            problems.Add($"the first code cell must be the language cell (tagged \"{LessonLanguage.CellTag}\"): {LessonLanguage.CellCode(language)}");
        else if (LessonLanguage.CodeOf(translated.Cells[firstCode]) != LessonLanguage.CellCode(language))
            problems.Add($"cell {firstCode + 1}: the language cell must hold {LessonLanguage.CellCode(language)} (and comments), found: {LessonLanguage.CodeOf(translated.Cells[firstCode])}");

        var cells = translated.Cells.Select((cell, i) => (cell, number: i + 1)).Where(c => !LessonLanguage.IsLanguageCell(c.cell)).ToList();
        if (cells.Count != english.Cells.Count)
            problems.Add($"{cells.Count} cells besides the language cell, the English lesson has {english.Cells.Count}: keep one translated cell per English cell");
        for (var i = 0; i < Math.Min(cells.Count, english.Cells.Count); i++)
        {
            var (cell, number) = cells[i];
            var source = english.Cells[i];
            var where = $"cell {number} (English cell {i + 1}, id {source.Id})";
            if (cell.CellType != source.CellType)
            {
                problems.Add($"{where}: a {cell.CellType} cell where the English lesson has a {source.CellType} cell");
                continue;
            }
            if (cell.Id != source.Id)
                problems.Add($"{where}: id {cell.Id}, expected the English cell's id {source.Id}");
            if (!JsonNode.DeepEquals(cell.Metadata["tags"], source.Metadata["tags"]))
                problems.Add($"{where}: tags {cell.Metadata["tags"]?.ToJsonString() ?? "none"}, expected {source.Metadata["tags"]?.ToJsonString() ?? "none"}");
            if (cell.IsCode)
                problems.AddRange(CodeDifference(source.Source, cell.Source).Select(d => $"{where}: {d}"));
            else if (cell.CellType == NotebookCell.Markdown && language.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
                problems.AddRange(ProseCheck.Untranslated(cell.Source).Select(p => $"{where}: {p}"));
        }
        return problems;
    }

    /// <summary>The first line where the masked code differs, or nothing when the code is the same.</summary>
    public static IEnumerable<string> CodeDifference(string english, string translated)
    {
        var a = CodeMask.Of(english).Split('\n');
        var b = CodeMask.Of(translated).Split('\n');
        for (var line = 0; line < Math.Max(a.Length, b.Length); line++)
        {
            var left = line < a.Length ? a[line] : "(no line)";
            var right = line < b.Length ? b[line] : "(no line)";
            if (left != right)
            {
                yield return $"code differs from the English cell at line {line + 1} (strings shown as {CodeMask.String}, comments as {CodeMask.Comment}):\n  English:    {left}\n  translated: {right}";
                yield break;
            }
        }
    }
}
