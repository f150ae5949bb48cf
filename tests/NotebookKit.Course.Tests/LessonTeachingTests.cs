using System.Text.RegularExpressions;
using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Course.Tests;

/// <summary>What issue 12 asks of every lesson, checked on disk: no answers in the notebook, and a closing section.</summary>
public class LessonTeachingTests
{
    [Theory]
    [MemberData(nameof(Course.LessonData), MemberType = typeof(Course))]
    public void Exercise_checks_call_the_lessons_hidden_checkers_so_no_answer_is_in_the_notebook(string lesson)
    {
        var notebook = Notebook.Load(Course.LessonPath(lesson));
        var call = new Regex($@"^Lesson{lesson[..2]}\.Check\w*\(.*\);$");
        foreach (var (cell, i) in notebook.Cells.Select((c, i) => (c, i)).Where(x => LessonOutputs.IsCheckCell(x.c)))
        {
            var lines = cell.Source.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            Assert.NotEmpty(lines);
            Assert.All(lines, line => Assert.True(call.IsMatch(line),
                $"{lesson}: check cell {i + 1} should only call Lesson{lesson[..2]}.Check…(…); it has: {line}"));
        }
    }

    [Theory]
    [MemberData(nameof(Course.LessonData), MemberType = typeof(Course))]
    public void Lesson_ends_with_where_this_came_from_and_an_open_question(string lesson)
    {
        var last = Notebook.Load(Course.LessonPath(lesson)).Cells[^1];
        Assert.Equal(NotebookCell.Markdown, last.CellType);
        Assert.StartsWith("## Where this came from", last.Source);
        Assert.Contains("open question", last.Source, StringComparison.OrdinalIgnoreCase);
    }
}
