using NotebookKit.Jupyter.Notebooks;
using NotebookKit.Jupyter.Student;
using Xunit.Abstractions;

namespace NotebookKit.Course.Tests;

/// <summary>
/// Executes every lesson end to end through `notebookkit run`, as a teacher's CI would: the reference
/// must run without an error and every check must pass; the learner's version must run to the end
/// and every exercise check must report ✗. Times are printed, never asserted.
/// </summary>
public sealed class LessonRunTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);
    private readonly string _folder = Directory.CreateTempSubdirectory("nk-course-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [MemberData(nameof(Course.LessonData), MemberType = typeof(Course))]
    public void Reference_lesson_runs_without_errors_and_every_check_passes(string lesson)
    {
        var executed = Execute(Course.LessonPath(lesson), "reference");

        Assert.Empty(LessonOutputs.Errors(executed));
        foreach (var (cell, i) in executed.Cells.Select((c, i) => (c, i)).Where(x => LessonOutputs.UsesCheck(x.c)))
        {
            Assert.True(!LessonOutputs.Failures(cell).Any(), $"{lesson}: cell {i + 1} printed {string.Join(" | ", LessonOutputs.Failures(cell))}");
            Assert.True(LessonOutputs.Passes(cell).Any(), $"{lesson}: cell {i + 1} uses Check but printed no ✓:\n{LessonOutputs.Text(cell)}");
        }
    }

    [Theory]
    [MemberData(nameof(Course.LessonData), MemberType = typeof(Course))]
    public void Learner_lesson_runs_to_the_end_and_every_exercise_check_reports_a_miss(string lesson)
    {
        var student = StudentNotebook.WriteAll([Course.LessonPath(lesson)], Path.Combine(_folder, "student")).Single();
        var executed = Execute(student, "learner");

        Assert.Empty(LessonOutputs.Errors(executed));
        var checks = executed.Cells.Select((c, i) => (c, i)).Where(x => LessonOutputs.IsCheckCell(x.c)).ToList();
        Assert.NotEmpty(checks);
        foreach (var (cell, i) in checks)
            Assert.True(LessonOutputs.Failures(cell).Any(), $"{lesson}: exercise check in cell {i + 1} did not report ✗ on the stub:\n{LessonOutputs.Text(cell)}");
    }

    private Notebook Execute(string notebookPath, string version)
    {
        var outputDir = Path.Combine(_folder, version + "-run");
        var run = CliProcess.Run(Timeout, "run", notebookPath, "--output-dir", outputDir);
        output.WriteLine($"{Path.GetFileNameWithoutExtension(notebookPath)} ({version}): {run.Elapsed.TotalSeconds:F1} s");
        Assert.True(run.ExitCode == 0, $"notebookkit run failed on {notebookPath}: {run.Describe()}");
        return Notebook.Load(Path.Combine(outputDir, Path.GetFileName(notebookPath)));
    }
}
