using Xunit.Abstractions;

namespace NotebookKit.Course.Tests;

/// <summary>
/// Every lesson executed end to end through `notebookkit run`, as a teacher's CI would: the reference
/// must run without an error and every check must pass; the learner's version must run to the end and
/// every exercise check must report ✗. Translated lessons (notebooks/zh-CN) run the same way. Times are printed,
/// never asserted.
/// </summary>
[Collection(CourseCollection.Name)]
public sealed class LessonRunTests(CourseRunFixture course, ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(Course.AllLessonData), MemberType = typeof(Course))]
    public void Reference_lesson_runs_without_errors_and_every_check_passes(string lesson)
    {
        var run = course.Reference(lesson);
        output.WriteLine(run.Describe());
        Assert.True(run.Executed is not null, $"notebookkit run failed on {lesson}: {run.Process.Describe()}");

        Assert.Empty(LessonOutputs.Errors(run.Executed));
        foreach (var (cell, i) in run.Executed.Cells.Select((c, i) => (c, i)).Where(x => LessonOutputs.UsesCheck(x.c)))
        {
            Assert.True(!LessonOutputs.Failures(cell).Any(), $"{lesson}: cell {i + 1} printed {string.Join(" | ", LessonOutputs.Failures(cell))}");
            Assert.True(LessonOutputs.Passes(cell).Any(), $"{lesson}: cell {i + 1} uses Check but printed no ✓:\n{LessonOutputs.Text(cell)}");
        }
    }

    [Theory]
    [MemberData(nameof(Course.AllLessonData), MemberType = typeof(Course))]
    public void Learner_lesson_runs_to_the_end_and_every_exercise_check_reports_a_miss(string lesson)
    {
        var run = course.Learner(lesson);
        output.WriteLine(run.Describe());
        Assert.True(run.Executed is not null, $"notebookkit run failed on the learner's {lesson}: {run.Process.Describe()}");

        Assert.Empty(LessonOutputs.Errors(run.Executed));
        var checks = run.Executed.Cells.Select((c, i) => (c, i)).Where(x => LessonOutputs.IsCheckCell(x.c)).ToList();
        Assert.NotEmpty(checks);
        foreach (var (cell, i) in checks)
            Assert.True(LessonOutputs.Failures(cell).Any(), $"{lesson}: exercise check in cell {i + 1} did not report ✗ on the stub:\n{LessonOutputs.Text(cell)}");

        // A translated lesson's KitLanguage.Use reaches the hidden checkers: the learner reads the miss and its hint in Chinese.
        if (lesson.StartsWith(Course.Chinese + "/", StringComparison.Ordinal))
            foreach (var line in checks.SelectMany(x => LessonOutputs.Failures(x.c)))
                Assert.True(System.Text.RegularExpressions.Regex.IsMatch(line, @"\p{IsCJKUnifiedIdeographs}") && line.Contains("提示：", StringComparison.Ordinal),
                    $"{lesson}: a ✗ line is not Chinese, or has no hint: {line}");
    }
}
