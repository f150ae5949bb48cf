using System.Text.Json.Nodes;

namespace NotebookKit.Jupyter.Tests.Interop;

/// <summary>Debian's python3-nbclient executes a small C# notebook end to end with the installed kernel.</summary>
[Collection(KernelProcessCollection.Name)]
public sealed class NbClientTests : IDisposable
{
    private const string Script = """
        import json, sys
        import nbformat
        from nbclient import NotebookClient
        from nbclient.exceptions import CellExecutionError

        nb = nbformat.v4.new_notebook()
        nb.metadata["kernelspec"] = {"name": "notebookkit", "display_name": "C# (NotebookKit)", "language": "csharp"}
        nb.cells = [
            nbformat.v4.new_markdown_cell("# A tiny C# notebook"),
            nbformat.v4.new_code_cell("var xs = Enumerable.Range(1, 4).ToList();\nConsole.WriteLine($\"count {xs.Count}\");"),
            nbformat.v4.new_code_cell("xs.Sum()"),
            nbformat.v4.new_code_cell("var d = NotebookKit.Display.DisplaySession.Current!;\n"
                                      "d.Display(new NotebookKit.Display.MimeBundle(\"step 0\"), \"progress\");\n"
                                      "for (var i = 1; i <= 3; i++) d.Update(new NotebookKit.Display.MimeBundle($\"step {i}\"), \"progress\");"),
        ]
        NotebookClient(nb, timeout=180, startup_timeout=180, kernel_name="notebookkit").execute()
        path = sys.argv[1]
        nbformat.write(nb, path)

        failing = nbformat.v4.new_notebook()
        failing.metadata["kernelspec"] = nb.metadata["kernelspec"]
        failing.cells = [nbformat.v4.new_code_cell("var ok = 1;"), nbformat.v4.new_code_cell("var bad = ok +;")]
        try:
            NotebookClient(failing, timeout=180, startup_timeout=180, kernel_name="notebookkit").execute()
            error = None
        except CellExecutionError as e:
            error = str(e)
        print(json.dumps({"error": error}))
        """;

    private readonly InstalledKernel _kernel = new();

    [Fact]
    public void Nbclient_executes_a_csharp_notebook_and_reports_a_failing_cell()
    {
        var output = Path.Combine(_kernel.Root, "executed.ipynb");
        var script = Path.Combine(_kernel.Root, "run_notebook.py");
        File.WriteAllText(script, Script);

        var (exit, stdout, stderr) = _kernel.RunPython("run_notebook.py", Script, script, output);

        Assert.True(exit == 0, $"nbclient failed:\n{stderr}\n{stdout}");
        var cells = JsonNode.Parse(File.ReadAllText(output))!["cells"]!.AsArray();
        Assert.Equal("count 4\n", Text(cells[1]!["outputs"]![0]!["text"]));
        Assert.Equal(2, cells[1]!["execution_count"]!.GetValue<int>() + 1);
        Assert.Equal("10", Text(cells[2]!["outputs"]![0]!["data"]!["text/plain"]));
        var display = Assert.Single(cells[3]!["outputs"]!.AsArray());
        Assert.Equal("step 3", Text(display!["data"]!["text/plain"]));
        var error = JsonNode.Parse(stdout.Trim().Split('\n')[^1])!["error"]!.GetValue<string>();
        Assert.Contains("(1,15): error CS1525", error);
    }

    /// <summary>nbformat stores multi-line text either as a string or as a list of lines.</summary>
    private static string Text(JsonNode? node) =>
        node is JsonArray lines ? string.Concat(lines.Select(l => l!.GetValue<string>())) : node!.GetValue<string>();

    public void Dispose() => _kernel.Dispose();
}
