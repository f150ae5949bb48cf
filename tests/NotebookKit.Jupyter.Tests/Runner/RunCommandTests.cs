using NotebookKit.Cli.Commands;
using NotebookKit.Jupyter.Notebooks;
using NotebookKit.Jupyter.Runner;
using NotebookKit.Jupyter.Tests.Notebooks;

namespace NotebookKit.Jupyter.Tests.Runner;

public sealed class RunCommandTests
{
    private static void WriteLesson(string path, params string[] sources)
    {
        var notebook = Notebook.Create();
        notebook.Cells.Add(NotebookCell.CreateMarkdown("# " + Path.GetFileNameWithoutExtension(path)));
        foreach (var source in sources)
            notebook.Cells.Add(NotebookCell.CreateCode(source));
        notebook.Save(path);
    }

    [Fact]
    public async Task A_failed_notebook_is_not_written_the_others_are_and_the_exit_code_says_so()
    {
        using var temp = new TempFolder();
        var course = Directory.CreateDirectory(temp.File("course")).FullName;
        WriteLesson(Path.Combine(course, "01-ok.ipynb"), "a", "b");
        WriteLesson(Path.Combine(course, "02-bad.ipynb"), "a", "throw x", "c");
        var badBefore = File.ReadAllBytes(Path.Combine(course, "02-bad.ipynb"));
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var request = new RunCommand.RunRequest([course], InPlace: true, OutputDir: null, HtmlDir: temp.File("html"), PdfDir: null, new RunOptions());

        var exit = await RunCommand.RunAsync(request, (_, _) => Task.FromResult<IKernelSession>(new ScriptedKernel()), stdout, stderr, plain: true, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Equal(badBefore, File.ReadAllBytes(Path.Combine(course, "02-bad.ipynb")));
        var ok = Notebook.Load(Path.Combine(course, "01-ok.ipynb"));
        Assert.Equal(["a\n", "b\n"], ok.Cells.Where(c => c.IsCode).Select(c => c.Outputs.Single().Text));
        Assert.Contains("02-bad.ipynb: cell 3, line 2: InvalidOperationException: Dense(64) expected 784 inputs, got 28", stderr.ToString());
        Assert.Contains("01-ok.ipynb: cell 2 of 2", stdout.ToString());
        Assert.Equal(["01-ok.html"], Directory.GetFiles(temp.File("html")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Output_dir_receives_executed_copies_and_leaves_sources_alone()
    {
        using var temp = new TempFolder();
        var lesson = temp.File("01-a.ipynb");
        WriteLesson(lesson, "x");
        var before = File.ReadAllBytes(lesson);
        var request = new RunCommand.RunRequest([lesson], InPlace: false, OutputDir: temp.File("out"), HtmlDir: null, PdfDir: null, new RunOptions());

        var exit = await RunCommand.RunAsync(request, (_, _) => Task.FromResult<IKernelSession>(new ScriptedKernel()), TextWriter.Null, TextWriter.Null, plain: true, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Equal(before, File.ReadAllBytes(lesson));
        Assert.Equal("x\n", Notebook.Load(temp.File("out/01-a.ipynb")).Cells[1].Outputs.Single().Text);
    }
}
