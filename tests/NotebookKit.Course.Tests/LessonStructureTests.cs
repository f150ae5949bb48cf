using NotebookKit.Jupyter.Notebooks;
using NotebookKit.Jupyter.Student;

namespace NotebookKit.Course.Tests;

/// <summary>What every lesson must look like on disk, without running it.</summary>
public class LessonStructureTests
{
    [Fact]
    public void The_nine_lessons_are_there_in_reading_order()
    {
        var found = Directory.GetFiles(Course.NotebooksFolder, "*.ipynb").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(Course.Lessons, found);
    }

    [Theory]
    [MemberData(nameof(Course.LessonData), MemberType = typeof(Course))]
    public void Lesson_is_committed_clean_in_nbformat_style_with_the_kit_kernel(string lesson)
    {
        var text = File.ReadAllText(Course.LessonPath(lesson));
        var notebook = Notebook.Parse(text, lesson);

        Assert.Equal(text, notebook.ToJson());
        Assert.Equal(5, notebook.FormatMinor);
        Assert.Equal("notebookkit", (string?)notebook.Metadata["kernelspec"]?["name"]);
        Assert.Equal("C# (NotebookKit)", (string?)notebook.Metadata["kernelspec"]?["display_name"]);
        Assert.Equal("csharp", (string?)notebook.Metadata["language_info"]?["name"]);
        Assert.All(notebook.Cells.Where(c => c.IsCode), cell =>
        {
            Assert.Empty(cell.Outputs);
            Assert.Null(cell.ExecutionCount);
        });
        Assert.All(notebook.Cells, cell => Assert.False(string.IsNullOrEmpty(cell.Id), $"{lesson}: a cell has no id"));
    }

    [Theory]
    [MemberData(nameof(Course.LessonData), MemberType = typeof(Course))]
    public void Lesson_follows_the_skeleton_and_has_two_to_four_checked_exercises(string lesson)
    {
        var notebook = Notebook.Load(Course.LessonPath(lesson));
        var markdown = string.Join("\n", notebook.Cells.Where(c => c.CellType == NotebookCell.Markdown).Select(c => c.Source));
        Assert.StartsWith("# " + lesson[..2] + " · ", notebook.Cells[0].Source);
        foreach (var part in new[] { "**Learning goals**", "## Summary", "## Exercises" })
            Assert.Contains(part, markdown);
        Assert.Contains("$", markdown);   // the math is there

        var solutions = notebook.Cells.Select((c, i) => (c, i)).Where(x => LessonOutputs.IsSolutionCell(x.c)).ToList();
        var exercises = solutions.Count(x => x.c.Source.Contains("// BEGIN SOLUTION", StringComparison.Ordinal));
        Assert.InRange(notebook.Cells.Count(LessonOutputs.IsCheckCell), 2, 4);
        Assert.InRange(exercises, 2, 4);
        Assert.All(solutions, x => Assert.True(LessonOutputs.IsCheckCell(notebook.Cells[x.i + 1]),
            $"{lesson}: cell {x.i + 1} holds a solution but the next cell is not a check cell"));
    }

    [Theory]
    [MemberData(nameof(Course.LessonData), MemberType = typeof(Course))]
    public void Learner_version_is_deterministic_and_has_no_solution_left(string lesson)
    {
        var text = File.ReadAllText(Course.LessonPath(lesson));
        var once = StudentNotebook.Convert(text, lesson);
        Assert.Equal(once, StudentNotebook.Convert(text, lesson));
        Assert.Equal(once, StudentNotebook.Convert(once, lesson));
        Assert.DoesNotContain("SOLUTION", once);
        Assert.Contains(SolutionStripper.YourCodeHere, once);
    }
}
