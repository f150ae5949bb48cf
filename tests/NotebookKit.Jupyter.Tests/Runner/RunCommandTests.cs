using NotebookKit.Cli.Commands;
using NotebookKit.Jupyter.Notebooks;
using NotebookKit.Jupyter.Runner;
using NotebookKit.Jupyter.Tests.Notebooks;

namespace NotebookKit.Jupyter.Tests.Runner;

/// <summary>The `run` and `course` verbs as the user meets them: options, console lines and exit codes.</summary>
public sealed class RunCommandTests
{
    [Fact]
    public async Task A_failed_notebook_goes_to_stderr_progress_to_stdout_and_the_exit_code_is_1()
    {
        using var temp = new TempFolder();
        var course = Directory.CreateDirectory(temp.File("course")).FullName;
        RunJobTests.WriteLesson(Path.Combine(course, "01-ok.ipynb"), "a", "b");
        RunJobTests.WriteLesson(Path.Combine(course, "02-bad.ipynb"), "a", "throw x", "c");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var job = new RunJob((_, _) => Task.FromResult<IKernelSession>(new ScriptedKernel()));

        var outcome = await RunCommand.WithProgress(stdout, plain: true, observer =>
            job.RunAsync(new RunRequest([course], InPlace: true, OutputDir: null, HtmlDir: temp.File("html"), PdfDir: null, new RunOptions()), observer));
        var exit = RunCommand.Report(outcome, stdout, stderr);

        Assert.Equal(1, exit);
        Assert.Equal(["02-bad.ipynb: cell 3, line 2: InvalidOperationException: Dense(64) expected 784 inputs, got 28",
            "02-bad.ipynb: not written (a failed run never replaces the notebook)."], Lines(stderr));
        Assert.Contains("01-ok.ipynb: starting kernel (2 code cells)", Lines(stdout));
        Assert.Contains("01-ok.ipynb: cell 2 of 2", stdout.ToString());
        Assert.Matches(@"^01-ok\.ipynb: ok in \d+\.\d s$", Lines(stdout).Single(l => l.Contains(": ok in")));
        Assert.Contains($"wrote {Path.Combine(temp.File("html"), "01-ok.html")}", Lines(stdout));
    }

    [Theory]
    [InlineData(RunRefusal.InvalidInput, 2)]
    [InlineData(RunRefusal.NoChromium, 3)]
    public void A_refused_run_prints_its_reason_and_exits_with_its_code(RunRefusal refusal, int expected)
    {
        var stderr = new StringWriter();

        var exit = RunCommand.Report(new RunOutcome(refusal, "why it cannot run", [], [], []), TextWriter.Null, stderr);

        Assert.Equal(expected, exit);
        Assert.Equal(["why it cannot run"], Lines(stderr));
    }

    [Fact]
    public void A_run_whose_notebooks_all_ran_exits_0_and_prints_its_warnings()
    {
        var stderr = new StringWriter();

        var exit = RunCommand.Report(new RunOutcome(RunRefusal.None, null, [], ["out/01-a.pdf"], ["Chromium crashed"]), TextWriter.Null, stderr);

        Assert.Equal(0, exit);
        Assert.Equal(["Chromium crashed"], Lines(stderr));
    }

    [Fact]
    public void Course_reports_unreadable_lessons_under_its_own_name()
    {
        var stderr = new StringWriter();
        var outcome = new CourseOutcome([], new RunOutcome(RunRefusal.InvalidInput, "lessons/: no such notebook or folder", [], [], []));

        Assert.Equal(2, CourseCommand.Report(outcome, TextWriter.Null, stderr));
        Assert.Equal(["notebookkit course: lessons/: no such notebook or folder"], Lines(stderr));
    }

    [Fact]
    public void Course_reports_the_learner_notebooks_per_folder_before_the_run()
    {
        var stdout = new StringWriter();
        var learner = new[] { Path.Combine("out", "notebooks", "01-a.ipynb"), Path.Combine("out", "notebooks", "02-b.ipynb"), Path.Combine("out", "zh-CN", "notebooks", "01-a.ipynb") };
        var outcome = new CourseOutcome(learner, new RunOutcome(RunRefusal.None, null, [], [Path.Combine("out", "index.html")], []));

        Assert.Equal(0, CourseCommand.Report(outcome, stdout, TextWriter.Null));
        Assert.Equal([$"wrote 2 learner notebook(s) to {Path.Combine("out", "notebooks")}", $"wrote 1 learner notebook(s) to {Path.Combine("out", "zh-CN", "notebooks")}",
            $"wrote {Path.Combine("out", "index.html")}"], Lines(stdout));
    }

    [Fact]
    public void Run_refuses_in_place_with_output_dir_and_a_non_positive_timeout()
    {
        Assert.Contains(RunCommand.Create().Parse(["x.ipynb", "--in-place", "--output-dir", "out"]).Errors, e => e.Message == "--in-place and --output-dir cannot be used together.");
        Assert.Contains(RunCommand.Create().Parse(["x.ipynb", "--timeout", "0"]).Errors, e => e.Message == "--timeout must be a positive number of seconds.");
        Assert.Empty(RunCommand.Create().Parse(["x.ipynb", "--output-dir", "out", "--timeout", "2.5"]).Errors);
    }

    [Fact]
    public void Course_needs_an_output_dir()
    {
        Assert.NotEmpty(CourseCommand.Create().Parse(["notebooks"]).Errors);
        Assert.Empty(CourseCommand.Create().Parse(["notebooks", "--output-dir", "out", "--teacher", "--pdf"]).Errors);
    }

    private static string[] Lines(StringWriter writer) => writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
