using System.Text.Json.Nodes;

namespace NotebookKit.Jupyter.Tests.Interop;

/// <summary>
/// A notebook written the way Polyglot users wrote theirs (kernelspec <c>.net-csharp</c>, per-cell language
/// metadata, the shapes that failed here and ran in dotnet-interactive 1.0.712001), executed cell by cell by
/// Debian's nbclient through the installed NotebookKit kernel: no cell fails, and each shows what it showed there.
/// </summary>
[Collection(KernelProcessCollection.Name)]
public sealed class PolyglotNotebookTests : IDisposable
{
    private const string Script = """
        import json, sys
        import nbformat
        from nbclient import NotebookClient

        def cell(source):
            c = nbformat.v4.new_code_cell(source)
            c.metadata["dotnet_interactive"] = {"language": "csharp"}
            return c

        nb = nbformat.v4.new_notebook()
        nb.metadata["kernelspec"] = {"name": ".net-csharp", "display_name": ".NET (C#)", "language": "C#"}
        nb.cells = [
            cell('#r "nuget:System.Text.Json"'),
            cell('var total = 0;\nfor (var i = 0; i < 4; i++)\n{\n    total += i;\n} // end of for'),
            cell('#region check\nIEnumerable numbers = new ArrayList { total };\nEncoding.UTF8.GetByteCount("é")\n#endregion'),
            cell('var displayedValue = 0.Display();\nfor (int x = 0; x <= 10; x++)\n{\n    displayedValue.Update(x);\n}'),
            cell('using static Microsoft.DotNet.Interactive.Formatting.PocketViewTags;\ndisplay(span[style: "color:green"](b("Wikipedia"), HTML("<i>raw</i>")));'),
            cell('(LaTeXString)@"\\frac{a}{b}"'),
            cell('#!markdown\n|Fruit|Texture|\n|-----|-------|\n|apple|smooth |'),
            cell('#!html\n<b>Hello!</b>'),
            cell('#r "nuget: Plotly.NET, 6.0.0"\n#r "nuget: Plotly.NET.Interactive, 6.0.0"\nPlotly.NET.CSharp.Chart.Line<int, int, string>(x: new[] { 1, 2 }, y: new[] { 3, 4 })'),
            cell('#!whos'),
        ]
        NotebookClient(nb, timeout=180, startup_timeout=180, kernel_name="notebookkit").execute()
        nbformat.write(nb, sys.argv[1])
        """;

    private readonly InstalledKernel _kernel = new();

    [Fact]
    public void A_polyglot_style_notebook_runs_every_cell_as_it_ran_in_dotnet_interactive()
    {
        var output = Path.Combine(_kernel.Root, "polyglot.ipynb");
        var script = Path.Combine(_kernel.Root, "run_polyglot.py");
        File.WriteAllText(script, Script);

        var (exit, stdout, stderr) = _kernel.RunPython("run_polyglot.py", Script, script, output);

        Assert.True(exit == 0, $"nbclient failed:\n{stderr}\n{stdout}");
        var cells = JsonNode.Parse(File.ReadAllText(output))!["cells"]!.AsArray().Select(c => c!["outputs"]!.AsArray()).ToList();
        Assert.All(cells, outputs => Assert.DoesNotContain(outputs, o => (string?)o!["output_type"] == "error"));
        Assert.Equal("2", Data(cells[2], "text/plain"));
        Assert.Equal("10", Data(cells[3], "text/plain"));
        Assert.Equal("<span style=\"color:green\"><b>Wikipedia</b><i>raw</i></span>", Data(cells[4], "text/html"));
        Assert.Equal(@"\frac{a}{b}", Data(cells[5], "text/latex"));
        Assert.StartsWith("|Fruit|Texture|", Data(cells[6], "text/markdown"));
        Assert.Equal("<b>Hello!</b>", Data(cells[7], "text/html"));
        Assert.Contains(cells[8], o => o!["data"]?["application/vnd.plotly.v1+json"] is not null);
        // The chart itself (the session's plotly.js loader, sent once, is plotly.js and mentions its CDN in its source).
        Assert.DoesNotContain("cdn.plot.ly", Data(cells[8], "text/html"));
        Assert.Contains("offline", string.Concat(cells[8].Where(o => (string?)o!["output_type"] == "stream").Select(o => Text(o!["text"]))));
        Assert.Contains("<td>total</td><td>Int32</td><td>6</td>", Data(cells[9], "text/html"));
    }

    private static string Data(JsonArray outputs, string mime) =>
        Text(outputs.Last(o => o!["data"]?[mime] is not null)!["data"]![mime]);

    private static string Text(JsonNode? node) =>
        node is JsonArray lines ? string.Concat(lines.Select(l => l!.GetValue<string>())) : node!.GetValue<string>();

    public void Dispose() => _kernel.Dispose();
}
