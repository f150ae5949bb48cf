using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NotebookKit.Jupyter.Notebooks;
using NotebookKit.Jupyter.Runner;
using NotebookKit.Jupyter.Tests.Notebooks;

namespace NotebookKit.Jupyter.Tests.Runner;

/// <summary>
/// `notebookkit run` against Debian's nbclient, both driving our real kernel: the executed notebooks must
/// agree (nbclient's streams merged as nbconvert's coalesce_streams does; chart element ids, which are random
/// per run, masked).
/// </summary>
public sealed partial class RunMatchesNbclientTests
{
    private static Notebook Lesson()
    {
        var notebook = Notebook.Create();
        notebook.Metadata["kernelspec"] = new JsonObject { ["name"] = "notebookkit", ["display_name"] = "C# (NotebookKit)", ["language"] = "csharp" };
        var sources = new[]
        {
            "Console.WriteLine(\"hello\");\nConsole.Write(\"wor\");\nConsole.WriteLine(\"ld\");\nConsole.Error.WriteLine(\"careful\");",
            "var handle = display(\"first\");\nConsole.WriteLine(\"after display\");",
            "handle.Update(\"second\");",
            "Console.WriteLine(\"gone\");\nClearOutput(wait: true);\nConsole.WriteLine(\"kept\");",
            "6 * 7",
            "Plotly.NET.CSharp.Chart.Line<int, int, string>(x: new[] { 1, 2, 3 }, y: new[] { 2, 4, 8 })",
            "var w = 3;\nthrow new InvalidOperationException(\"boom\");",
        };
        notebook.Cells.Add(NotebookCell.CreateMarkdown("# Run like nbclient", id: "md"));
        for (var i = 0; i < sources.Length; i++)
            notebook.Cells.Add(NotebookCell.CreateCode(sources[i], id: $"c{i + 1}"));
        return notebook;
    }

    [Fact]
    public async Task Run_records_outputs_as_nbclient_does_with_our_kernel()
    {
        using var temp = new TempFolder();
        var cli = Path.Combine(AppContext.BaseDirectory, "NotebookKit.Cli");
        var kernelDir = Directory.CreateDirectory(temp.File("jupyter/kernels/notebookkit")).FullName;
        File.WriteAllText(Path.Combine(kernelDir, "kernel.json"), new JsonObject
        {
            ["argv"] = new JsonArray(cli, "kernel", "-f", "{connection_file}"),
            ["display_name"] = "C# (NotebookKit)",
            ["language"] = "csharp",
            ["interrupt_mode"] = "message",
        }.ToJsonString());
        var source = temp.File("lesson.ipynb");
        Lesson().Save(source);

        DebianPython.Run([DebianPython.SourceFile("Runner/run_nbclient.py"), source, temp.File("nbclient.ipynb")], environment: new Dictionary<string, string>
        {
            ["JUPYTER_PATH"] = temp.File("jupyter"),
            ["JUPYTER_RUNTIME_DIR"] = Directory.CreateDirectory(temp.File("runtime")).FullName,
            ["JUPYTER_PLATFORM_DIRS"] = "1",
        }, timeoutSeconds: 300);
        var request = new RunRequest([source], InPlace: false, OutputDir: temp.File("ours"), HtmlDir: null, PdfDir: null, new RunOptions(TimeSpan.FromSeconds(120), AllowErrors: true));
        var outcome = await new RunJob(KernelClientSession.Starter(KernelCommandLine.ForCli(Path.Combine(AppContext.BaseDirectory, "NotebookKit.Cli.dll")))).RunAsync(request);

        Assert.True(outcome.Succeeded, outcome.RefusalMessage ?? outcome.Notebooks.Single().Message);
        var ours = Notebook.Load(temp.File("ours/lesson.ipynb"));
        var theirs = Notebook.Load(temp.File("nbclient.ipynb"));
        Assert.Equal(Mask(theirs.ToJson()), Mask(ours.ToJson()));

        // The behaviours the comparison covers, stated on our side so a kernel change can't hide them.
        var cells = ours.Cells;
        Assert.Equal("hello\nworld\n", cells[1].Outputs[0].Text);
        Assert.Equal("careful\n", cells[1].Outputs[1].Text);
        Assert.Contains("second", cells[2].Outputs.Single(o => o.OutputType == NotebookOutput.DisplayData).GetText("text/plain"));
        Assert.Empty(cells[3].Outputs);
        Assert.Equal("kept\n", cells[4].Outputs.Single().Text);
        Assert.Equal("42", cells[5].Outputs.Single().GetText("text/plain"));
        Assert.Contains(cells[6].Outputs, o => o.Data?.ContainsKey("application/vnd.plotly.v1+json") == true);
        Assert.Equal(NotebookOutput.Error, cells[7].Outputs[^1].OutputType);
        Assert.Equal("boom", cells[7].Outputs[^1].ErrorValue);
    }

    private static string Mask(string json) => RandomIds().Replace(json, "<id>");

    // Chart divs get a fresh GUID per run (nbk-plot-…), so two runs can only agree with them masked.
    [GeneratedRegex("[0-9a-f]{32}")]
    private static partial Regex RandomIds();
}
