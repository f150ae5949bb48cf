using System.Text.Json.Nodes;
using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Jupyter.Tests.Notebooks;

public sealed class NotebookRoundTripTests(NbformatFixtures fixtures) : IClassFixture<NbformatFixtures>
{
    public static TheoryData<string> Names => new(NbformatFixtures.Names);

    [Theory]
    [MemberData(nameof(Names))]
    public void Notebook_written_by_nbformat_reads_and_writes_byte_identical(string name)
    {
        var original = File.ReadAllBytes(fixtures.PathOf(name));
        var notebook = Notebook.Load(fixtures.PathOf(name));

        using var temp = new TempFolder();
        notebook.Save(temp.File(name));

        Assert.Equal(original, File.ReadAllBytes(temp.File(name)));
    }

    [Fact]
    public void Unknown_fields_survive_an_edit()
    {
        var notebook = Notebook.Load(fixtures.PathOf("rich45.ipynb"));
        notebook.Cells[3].Source = "Console.WriteLine(\"edited\");";

        var written = JsonNode.Parse(notebook.ToJson())!;

        Assert.Equal(3, (int)written["metadata"]!["widgets"]!["application/vnd.jupyter.widget-state+json"]!["state"]!["abc"]!["state"]!["value"]!);
        Assert.Equal(1180591620717411303424.0, (double)written["metadata"]!["zz_unknown_tool"]!["numbers"]![10]!);
        var markdown = written["cells"]![0]!;
        Assert.Equal("iVBORw0KGgo=", (string)markdown["attachments"]!["image.png"]!["image/png"]!);
        Assert.Equal("slide", (string)markdown["metadata"]!["slideshow"]!["slide_type"]!);
        Assert.Equal(notebook.Cells[0].Id, (string)markdown["id"]!);
        var code = written["cells"]![1]!;
        Assert.Equal("abc", (string)code["outputs"]![2]!["transient"]!["display_id"]!);
        Assert.Null(code["metadata"]!["trusted"]);
        Assert.Equal(["Console.WriteLine(\"edited\");"], written["cells"]![3]!["source"]!.AsArray().Select(l => (string)l!));
    }

    [Fact]
    public void A_notebook_we_build_is_valid_for_nbformat_and_reads_back_the_same()
    {
        var notebook = Notebook.Create();
        notebook.Cells.Add(NotebookCell.CreateMarkdown("# Title\n\nText", id: "md-1"));
        var code = NotebookCell.CreateCode("Console.WriteLine(\"ü\");\n1 + 1", id: "code-1");
        code.ExecutionCount = 1;
        code.Outputs.Add(NotebookOutput.CreateStream("stdout", "added ü\nline\n"));
        code.Outputs.Add(NotebookOutput.CreateDisplayData(new JsonObject { ["text/plain"] = "a\nb", ["application/json"] = new JsonObject { ["k"] = 1.5 } }));
        code.Outputs.Add(NotebookOutput.CreateExecuteResult(1, new JsonObject { ["text/plain"] = "2" }));
        code.Outputs.Add(NotebookOutput.CreateError("Exception", "boom", ["line 1", "line 2"]));
        notebook.Cells.Add(code);
        using var temp = new TempFolder();
        var path = temp.File("built.ipynb");
        notebook.Save(path);

        // nbformat must find the file valid, see the same text, and write the very same bytes.
        var script = "import nbformat,sys; nb=nbformat.read(sys.argv[1], as_version=4); nbformat.validate(nb); "
            + "print(nb.cells[1].outputs[0].text == 'added \\u00fc\\nline\\n'); nbformat.write(nb, sys.argv[1] + '.py.ipynb')";
        var answer = DebianPython.Run(["-c", script, path]);

        Assert.Equal("True", answer.Trim());
        Assert.Equal(File.ReadAllBytes(path + ".py.ipynb"), File.ReadAllBytes(path));
    }

    [Fact]
    public void Multi_line_text_is_joined_in_memory_like_nbformat()
    {
        var notebook = Notebook.Load(fixtures.PathOf("rich45.ipynb"));

        Assert.Equal("var x = 1;\nConsole.WriteLine(x);\nx + 1", notebook.Cells[1].Source);
        Assert.Equal("1\n2\n", notebook.Cells[1].Outputs[0].Text);
        Assert.Equal("<table>\n<tr><td>1</td></tr>\n</table>", notebook.Cells[1].Outputs[2].GetText("text/html"));
        Assert.Equal("Lesson 1: neurons", notebook.Title);
    }
}
