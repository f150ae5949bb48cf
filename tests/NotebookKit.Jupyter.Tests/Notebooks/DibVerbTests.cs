using NotebookKit.Cli.Commands;
using NotebookKit.Jupyter.Export;
using NotebookKit.Jupyter.Notebooks;
using NotebookKit.Jupyter.Runner;
using NotebookKit.Jupyter.Tests.Runner;

namespace NotebookKit.Jupyter.Tests.Notebooks;

/// <summary>The verbs on .dib files: convert, run, export, clear, student.</summary>
public sealed class DibVerbTests
{
    private const string Lesson = """
        #!meta

        {"kernelInfo":{"defaultKernelName":"csharp","items":[{"name":"csharp","languageName":"C#","aliases":["c#","C#"]},{"name":"fsharp","languageName":"F#","aliases":["f#"]}]}}

        #!markdown

        # Lesson

        #!csharp

        var answer = 6 * 7;
        answer

        #!csharp

        // BEGIN SOLUTION (stub: double guess = 0;)
        double guess = 42;
        // END SOLUTION
        guess

        #!fsharp

        let y = 2

        """;

    [Fact]
    public void Convert_goes_dib_to_ipynb_and_back_byte_for_byte()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("lesson.dib"), Lesson);

        var there = ConvertJob.Run([temp.File("lesson.dib")], "ipynb", null, overwrite: false);
        var back = ConvertJob.Run([temp.File("lesson.ipynb")], "dib", temp.File("back"), overwrite: false);

        Assert.Equal([new ConvertedNotebook(temp.File("lesson.dib"), temp.File("lesson.ipynb"), [])], there.Written, ConvertedEquality);
        Assert.True(back.Succeeded, back.Refusal ?? back.Failure);
        Assert.Equal(4, Notebook.Load(temp.File("lesson.ipynb")).Cells.Count);
        Assert.Equal(File.ReadAllBytes(temp.File("lesson.dib")), File.ReadAllBytes(temp.File("back/lesson.dib")));
    }

    private static readonly IEqualityComparer<ConvertedNotebook> ConvertedEquality = EqualityComparer<ConvertedNotebook>.Create(
        (a, b) => a!.Source == b!.Source && a.Target == b.Target && a.NotCarried.SequenceEqual(b.NotCarried));

    [Fact]
    public void Convert_never_replaces_a_file_unasked_and_refuses_a_file_already_in_the_format()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("lesson.dib"), Lesson);
        File.WriteAllText(temp.File("lesson.ipynb"), "precious");
        var stderr = new StringWriter();

        Assert.Equal(2, ConvertCommand.Run([temp.File("lesson.dib")], "ipynb", null, false, TextWriter.Null, stderr));
        Assert.Equal(2, ConvertCommand.Run([temp.File("lesson.dib")], "dib", null, false, TextWriter.Null, stderr));

        Assert.Equal("precious", File.ReadAllText(temp.File("lesson.ipynb")));
        Assert.Equal(
            [$"notebookkit convert: {temp.File("lesson.ipynb")} already exists; pass --overwrite to replace it", $"notebookkit convert: {temp.File("lesson.dib")} is already a .dib file"],
            stderr.ToString().Trim().Split('\n'));
        Assert.Equal(0, ConvertCommand.Run([temp.File("lesson.dib")], "ipynb", null, true, TextWriter.Null, TextWriter.Null));
        Assert.NotEqual("precious", File.ReadAllText(temp.File("lesson.ipynb")));
    }

    [Fact]
    public void Convert_refuses_two_notebooks_that_would_land_on_one_file_and_writes_neither()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("a"));
        Directory.CreateDirectory(temp.File("b"));
        File.WriteAllText(temp.File("a/lesson.dib"), Lesson);
        File.WriteAllText(temp.File("b/lesson.dib"), Lesson);

        var outcome = ConvertJob.Run([temp.File("a"), temp.File("b")], "ipynb", temp.File("out"), overwrite: false);

        Assert.Equal($"{temp.File("a/lesson.dib")} and {temp.File("b/lesson.dib")} would both be written to {temp.File("out/lesson.ipynb")}", outcome.Refusal);
        Assert.Empty(outcome.Written);
        Assert.False(File.Exists(temp.File("out/lesson.ipynb")));
    }

    [Fact]
    public void Convert_to_dib_warns_about_the_outputs_a_dib_cannot_hold()
    {
        using var temp = new TempFolder();
        var notebook = Notebook.Create();
        var cell = NotebookCell.CreateCode("1 + 1", id: "a");
        cell.Outputs.Add(NotebookOutput.CreateStream("stdout", "2\n"));
        notebook.Cells.Add(cell);
        notebook.Save(temp.File("run.ipynb"));
        var stderr = new StringWriter();

        Assert.Equal(0, ConvertCommand.Run([temp.File("run.ipynb")], "dib", null, false, TextWriter.Null, stderr));

        Assert.Equal("warning: run.ipynb → run.dib: a .dib holds cell text only; not carried: outputs of cell 1", stderr.ToString().Trim());
        Assert.Equal("#!csharp\n\n1 + 1\n", File.ReadAllText(temp.File("run.dib")));
    }

    [Fact]
    public void Clear_leaves_a_dib_untouched_and_says_why()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("lesson.dib"), Lesson);
        var written = File.GetLastWriteTimeUtc(temp.File("lesson.dib"));
        var stdout = new StringWriter();

        Assert.Equal(0, ClearCommand.Run([temp.File("lesson.dib")], stdout, TextWriter.Null));

        Assert.Equal(Lesson, File.ReadAllText(temp.File("lesson.dib")));
        Assert.Equal(written, File.GetLastWriteTimeUtc(temp.File("lesson.dib")));
        Assert.Equal($"{temp.File("lesson.dib")}: nothing to clear (a .dib holds no outputs)", stdout.ToString().Trim());
    }

    [Fact]
    public void Student_writes_the_learners_dib()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("lesson.dib"), Lesson);

        var written = Jupyter.Student.StudentNotebook.WriteAll([temp.File("lesson.dib")], temp.File("learner"));

        Assert.Equal([temp.File("learner/lesson.dib")], written);
        Assert.Equal(Lesson.Replace("// BEGIN SOLUTION (stub: double guess = 0;)\ndouble guess = 42;\n// END SOLUTION", "// YOUR CODE HERE\ndouble guess = 0;"),
            File.ReadAllText(written[0]));
    }

    [Fact]
    public async Task Run_writes_a_dib_with_its_outputs_as_ipynb_and_submits_other_languages_with_their_marker()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("lesson.dib"), Lesson);
        var kernel = new ScriptedKernel();
        var request = new RunRequest([temp.Path], InPlace: false, OutputDir: temp.File("out"), HtmlDir: temp.File("html"), PdfDir: null, new RunOptions());

        var outcome = await new RunJob((_, _) => Task.FromResult<IKernelSession>(kernel)).RunAsync(request);

        Assert.True(outcome.Succeeded);
        Assert.Equal("#!fsharp\nlet y = 2", kernel.Executed[^1]);
        var executed = Notebook.Load(temp.File("out/lesson.ipynb"));
        Assert.Equal(3, executed.Cells.Count(c => c.IsCode && c.Outputs.Count > 0));
        Assert.True(File.Exists(temp.File("html/lesson.html")));
        Assert.Equal(Lesson, File.ReadAllText(temp.File("lesson.dib")));
    }

    [Fact]
    public async Task Run_in_place_refuses_a_dib_rather_than_drop_its_outputs()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("lesson.dib"), Lesson);
        var request = new RunRequest([temp.File("lesson.dib")], InPlace: true, OutputDir: null, HtmlDir: null, PdfDir: null, new RunOptions());

        var outcome = await new RunJob((_, _) => Task.FromResult<IKernelSession>(new ScriptedKernel())).RunAsync(request);

        Assert.Equal(RunRefusal.InvalidInput, outcome.Refusal);
        Assert.Equal($"{temp.File("lesson.dib")}: --in-place cannot keep outputs in a .dib (it holds cell text only); use --output-dir DIR to write lesson.ipynb with its outputs", outcome.RefusalMessage);
        Assert.Equal(Lesson, File.ReadAllText(temp.File("lesson.dib")));
    }

    [Fact]
    public async Task Run_refuses_a_dib_and_an_ipynb_that_would_write_the_same_file()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("lesson.dib"), Lesson);
        DibFormat.Read(Lesson).Save(temp.File("lesson.ipynb"));
        var request = new RunRequest([temp.Path], InPlace: false, OutputDir: temp.File("out"), HtmlDir: null, PdfDir: null, new RunOptions());

        var outcome = await new RunJob((_, _) => Task.FromResult<IKernelSession>(new ScriptedKernel())).RunAsync(request);

        Assert.Equal(RunRefusal.InvalidInput, outcome.Refusal);
        Assert.Contains("would both be written to", outcome.RefusalMessage);
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Fact]
    public async Task A_dib_runs_through_the_real_kernel()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("lesson.dib"), "#!markdown\n\n# Real\n\n#!csharp\n\nvar answer = 6 * 7;\n\n#!c#\n\nanswer\n");
        var request = new RunRequest([temp.File("lesson.dib")], InPlace: false, OutputDir: temp.File("out"), HtmlDir: null, PdfDir: null, new RunOptions(TimeSpan.FromSeconds(120), AllowErrors: false));

        var outcome = await new RunJob(KernelClientSession.Starter(KernelCommandLine.ForCli(Path.Combine(AppContext.BaseDirectory, "NotebookKit.Cli.dll")))).RunAsync(request);

        Assert.True(outcome.Succeeded, outcome.RefusalMessage ?? outcome.Notebooks.Single().Message);
        Assert.Equal("42", Notebook.Load(temp.File("out/lesson.ipynb")).Cells[2].Outputs.Single().GetText("text/plain"));
    }

    [Fact]
    public void Export_writes_a_handout_for_a_dib()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("lesson.dib"), Lesson);

        var outcome = ExportJob.Run([temp.File("lesson.dib")], "html", temp.File("html"));

        Assert.Contains(temp.File("html/lesson.html"), outcome.Written);
        Assert.Contains("Lesson", File.ReadAllText(temp.File("html/lesson.html")));
    }
}
