using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NotebookKit.Jupyter.Notebooks;
using NotebookKit.Jupyter.Translation;

namespace NotebookKit.Jupyter.Export;

/// <summary>
/// What the course map says about a lesson when the README has no row for it, read from the notebook itself:
/// its first learning goal, how many checked exercises it has, and how long it takes.
/// </summary>
internal sealed partial record LessonSummary(string? FirstGoal, int Exercises, int Minutes)
{
    /// <summary>Reading speeds for the time estimate: English words and Chinese characters per minute.</summary>
    private const double WordsPerMinute = 200, CharactersPerMinute = 400;

    public static LessonSummary Of(Notebook notebook)
    {
        var markdown = notebook.Cells.Where(c => c.CellType == NotebookCell.Markdown).Select(c => c.Source).ToList();
        var firstGoal = markdown.Take(2).SelectMany(m => m.ReplaceLineEndings("\n").Split('\n'))
            .SkipWhile(l => !GoalsHeading().IsMatch(l)).Skip(1).FirstOrDefault(l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal))
            ?.TrimStart()[2..].TrimEnd(';', '；', '.', '。');
        var exercises = notebook.Cells.Count(c => c.Metadata["tags"] is JsonArray tags && tags.Any(t => (string?)t == "check"));
        return new LessonSummary(firstGoal, exercises, EstimateMinutes(notebook, markdown, exercises));
    }

    /// <summary>Reading time + half a minute per code cell + five minutes per exercise, rounded up to 5 minutes.</summary>
    private static int EstimateMinutes(Notebook notebook, List<string> markdown, int exercises)
    {
        var prose = string.Join("\n", markdown.Select(ProseCheck.Prose));
        var reading = Word().Matches(prose).Count / WordsPerMinute + Han().Matches(prose).Count / CharactersPerMinute;
        var total = reading + 0.5 * notebook.Cells.Count(c => c.IsCode) + 5 * exercises;
        return Math.Max(10, (int)Math.Ceiling(total / 5) * 5);
    }

    [GeneratedRegex(@"^\*\*(Learning goals|学习目标)\*\*")]
    private static partial Regex GoalsHeading();

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
