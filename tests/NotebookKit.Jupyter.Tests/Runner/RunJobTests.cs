using NotebookKit.Jupyter.Notebooks;
using NotebookKit.Jupyter.Runner;
using NotebookKit.Jupyter.Tests.Notebooks;

namespace NotebookKit.Jupyter.Tests.Runner;

/// <summary>The `run` use case without a console: what it runs, writes, refuses and reports.</summary>
public sealed class RunJobTests
{
    private static readonly RunJob Job = new((_, _) => Task.FromResult<IKernelSession>(new ScriptedKernel()));

    internal static void WriteLesson(string path, params string[] sources)
    {
        var notebook = Notebook.Create();
        notebook.Cells.Add(NotebookCell.CreateMarkdown("# " + Path.GetFileNameWithoutExtension(path)));
        foreach (var source in sources)
            notebook.Cells.Add(NotebookCell.CreateCode(source));
        notebook.Save(path);
    }

    [Fact]
    public async Task A_failed_notebook_is_not_written_the_others_are_with_their_handouts()
    {
        using var temp = new TempFolder();
        var course = Directory.CreateDirectory(temp.File("course")).FullName;
        WriteLesson(Path.Combine(course, "01-ok.ipynb"), "a", "b");
        WriteLesson(Path.Combine(course, "02-bad.ipynb"), "a", "throw x", "c");
        var badBefore = File.ReadAllBytes(Path.Combine(course, "02-bad.ipynb"));

        var outcome = await Job.RunAsync(new RunRequest([course], InPlace: true, OutputDir: null, HtmlDir: temp.File("html"), PdfDir: null, new RunOptions()));

        Assert.False(outcome.Succeeded);
        Assert.Equal(RunRefusal.None, outcome.Refusal);
        Assert.Equal([true, false], outcome.Notebooks.Select(n => n.Succeeded));
        Assert.Equal("02-bad.ipynb: cell 3, line 2: InvalidOperationException: Dense(64) expected 784 inputs, got 28", outcome.Notebooks[1].Message);
        Assert.Equal(badBefore, File.ReadAllBytes(Path.Combine(course, "02-bad.ipynb")));
        var ok = Notebook.Load(Path.Combine(course, "01-ok.ipynb"));
        Assert.Equal(["a\n", "b\n"], ok.Cells.Where(c => c.IsCode).Select(c => c.Outputs.Single().Text));
        Assert.Equal(["01-ok.html"], Directory.GetFiles(temp.File("html")).Select(Path.GetFileName));
        Assert.Contains(Path.Combine(temp.File("html"), "01-ok.html"), outcome.Handouts);
    }

    [Fact]
    public async Task Output_dir_receives_executed_copies_and_leaves_sources_alone()
    {
        using var temp = new TempFolder();
        var lesson = temp.File("01-a.ipynb");
        WriteLesson(lesson, "x");
        var before = File.ReadAllBytes(lesson);

        var outcome = await Job.RunAsync(new RunRequest([lesson], InPlace: false, OutputDir: temp.File("out"), HtmlDir: null, PdfDir: null, new RunOptions()));

        Assert.True(outcome.Succeeded);
        Assert.Empty(outcome.Handouts);
        Assert.Equal(before, File.ReadAllBytes(lesson));
        Assert.Equal("x\n", Notebook.Load(temp.File("out/01-a.ipynb")).Cells[1].Outputs.Single().Text);
    }

    [Fact]
    public async Task A_missing_path_is_refused_before_any_kernel_starts()
    {
        using var temp = new TempFolder();
        WriteLesson(temp.File("01-a.ipynb"), "x");
        var started = 0;
        var job = new RunJob((_, _) => { started++; return Task.FromResult<IKernelSession>(new ScriptedKernel()); });

        var outcome = await job.RunAsync(new RunRequest([temp.File("01-a.ipynb"), temp.File("02-missing.ipynb")], false, temp.File("out"), null, null, new RunOptions()));

        Assert.Equal(RunRefusal.InvalidInput, outcome.Refusal);
        Assert.Equal($"{temp.File("02-missing.ipynb")}: no such notebook or folder", outcome.RefusalMessage);
        Assert.Empty(outcome.Notebooks);
        Assert.Equal(0, started);
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Fact]
    public async Task The_observer_sees_each_notebook_start_report_its_cells_and_finish_in_order()
    {
        using var temp = new TempFolder();
        WriteLesson(temp.File("01-a.ipynb"), "x", "y");
        WriteLesson(temp.File("02-b.ipynb"), "throw z");
        var observer = new RecordingObserver();

        await Job.RunAsync(new RunRequest([temp.Path], false, null, null, null, new RunOptions()), observer);

        Assert.Equal(["start 01-a.ipynb (2 code cells)", "01-a.ipynb 0/2", "01-a.ipynb 1/2", "01-a.ipynb 2/2", "finish 01-a.ipynb ok",
            "start 02-b.ipynb (1 code cells)", "02-b.ipynb 0/1", "02-b.ipynb 1/1", "finish 02-b.ipynb failed"], observer.Events);
    }

    private sealed class RecordingObserver : IRunObserver
    {
        public List<string> Events { get; } = [];

        public IProgress<RunProgress> Starting(string path, int codeCells)
        {
            Events.Add($"start {Path.GetFileName(path)} ({codeCells} code cells)");
            return new Recorder(p => Events.Add($"{p.Notebook} {p.Cell}/{p.CodeCells}"));
        }

        public void Finished(NotebookRunResult result) =>
            Events.Add($"finish {Path.GetFileName(result.Path)} {(result.Succeeded ? "ok" : "failed")}");

        private sealed class Recorder(Action<RunProgress> add) : IProgress<RunProgress>
        {
            public void Report(RunProgress value) => add(value);
        }
    }
}
