using NotebookKit.Exercises;
using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Course.Tests;

/// <summary>Reads what an executed lesson printed: errors, and the ✓/✗ lines of its check cells.</summary>
internal static class LessonOutputs
{
    public static bool IsCheckCell(NotebookCell cell) => HasTag(cell, "check");

    public static bool IsSolutionCell(NotebookCell cell) => HasTag(cell, "solution");

    // Check.Close(…) in the open, or a lesson's hidden checker: Lesson03.CheckSgdLoop(…).
    public static bool UsesCheck(NotebookCell cell) => cell.IsCode && UsesCheckPattern.IsMatch(cell.Source);

    private static readonly System.Text.RegularExpressions.Regex UsesCheckPattern = new(@"Check\.|Lesson\d\d\.Check");

    public static string Text(NotebookCell cell) => string.Concat(cell.Outputs.Select(o => o.Text ?? o.GetText("text/plain") ?? ""));

    // A mark anywhere in a line counts: training progress may leave a line open that the check's line then continues.
    public static IEnumerable<string> CheckLines(NotebookCell cell, string mark) =>
        Text(cell).Split('\n').Where(line => line.Contains(mark, StringComparison.Ordinal));

    public static IEnumerable<string> Passes(NotebookCell cell) => CheckLines(cell, CheckResult.PassMark);

    public static IEnumerable<string> Failures(NotebookCell cell) => CheckLines(cell, CheckResult.FailMark);

    public static IEnumerable<string> Errors(Notebook notebook) =>
        notebook.Cells.Select((cell, i) => (cell, i))
            .SelectMany(c => c.cell.Outputs.Where(o => o.OutputType == NotebookOutput.Error)
                .Select(o => $"cell {c.i + 1}: {o.ErrorName}: {o.ErrorValue}"));

    private static bool HasTag(NotebookCell cell, string tag) =>
        cell.Metadata["tags"] is System.Text.Json.Nodes.JsonArray tags && tags.Any(t => (string?)t == tag);
}
