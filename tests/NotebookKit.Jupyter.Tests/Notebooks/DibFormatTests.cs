using Microsoft.DotNet.Interactive.Documents;
using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Jupyter.Tests.Notebooks;

/// <summary>
/// .dib files, checked against Polyglot's own reader and writer (Microsoft.DotNet.Interactive.Documents, the
/// package Polyglot Notebooks uses) given the kernels a standard Polyglot session has.
/// </summary>
public sealed class DibFormatTests
{
    /// <summary>Inputs with the edge cases of the format: aliases, magics, blank lines, CRLF, #!meta kernels.</summary>
    public static TheoryData<string> Texts() => new(
        "#!csharp\n\nvar x = 1;\n\n#!csharp\n\nx\n",
        "no marker first\n#!c#\n\n\n  indented\n\n\n#!C#\nvar y = 2;\n#!time\ny\n#!cs\n#!markdown\n# Title\n#!md\nmore\n",
        "#!csharp\r\nvar a = 1;\r\n\r\n#!fsharp\r\nlet b = 2\r\n#!pwsh\r\nls\r\n#!powershell\r\n#!js\r\nalert(1)\r\n#!html\r\n<b>x</b>\r\n",
        "#!meta\n\n{\"kernelInfo\":{\"defaultKernelName\":\"csharp\",\"items\":[{\"name\":\"csharp\"},{\"name\":\"sql-shop\",\"languageName\":\"T-SQL\",\"aliases\":[\"shop\"]}]}}\n\n#!sql-shop\n\nselect 1\n\n#!shop\nselect 2\n#!unknown-magic\n#!csharp\n\n#!who\n",
        "#!markdown\n\n\n\n#!csharp\n\n\n",
        "");

    private static KernelInfoCollection StandardSession()
    {
        var kernels = new KernelInfoCollection { DefaultKernelName = "csharp" };
        kernels.Add(new KernelInfo("csharp", "C#", ["c#", "C#", "cs"]));
        kernels.Add(new KernelInfo("fsharp", "F#", ["f#", "F#", "fs"]));
        kernels.Add(new KernelInfo("pwsh", "PowerShell", ["powershell"]));
        kernels.Add(new KernelInfo("javascript", "JavaScript", ["js"]));
        foreach (var name in new[] { "html", "mermaid", "value", "http", "sql", "kql" })
            kernels.Add(new KernelInfo(name, name, []));
        return kernels;
    }

    private static string KernelOf(Notebook notebook, NotebookCell cell) => cell.IsCode ? PolyglotCells.KernelName(notebook, cell) : "markdown";

    [Theory]
    [MemberData(nameof(Texts))]
    public void Reads_the_cells_Polyglot_reads(string text)
    {
        var theirs = CodeSubmission.Parse(text, StandardSession());

        var ours = DibFormat.Read(text);

        Assert.Equal(theirs.Elements.Select(e => (e.KernelName ?? "", e.Contents)), ours.Cells.Select(c => (KernelOf(ours, c), c.Source)));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Writes_the_bytes_Polyglot_writes(string text)
    {
        var theirs = CodeSubmission.Parse(text, StandardSession());

        var ours = DibFormat.Write(DibFormat.Read(text));

        Assert.Equal(theirs.ToCodeSubmissionContent(), ours);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Dib_to_ipynb_to_dib_is_byte_identical_for_what_Polyglot_writes(string text)
    {
        var canonical = CodeSubmission.Parse(text, StandardSession()).ToCodeSubmissionContent();

        var ipynb = DibFormat.Read(canonical, "a.dib").ToJson();
        var back = DibFormat.Write(Notebook.Parse(ipynb, "a.ipynb"));

        Assert.Equal(canonical, back);
    }

    [Fact]
    public void Cells_become_markdown_csharp_and_polyglot_language_cells()
    {
        var notebook = DibFormat.Read("#!markdown\n\n# Hi\n\n#!csharp\n\n#!time\nvar x = 1;\n\n#!fsharp\n\nlet y = 2\n");

        Assert.Equal([NotebookCell.Markdown, NotebookCell.Code, NotebookCell.Code], notebook.Cells.Select(c => c.CellType));
        Assert.Equal("#!time\nvar x = 1;", notebook.Cells[1].Source);
        Assert.Empty(notebook.Cells[1].Metadata);
        Assert.Equal("fsharp", (string?)notebook.Cells[2].Metadata["polyglot_notebook"]!["kernelName"]);
        Assert.Equal("fsharp", (string?)notebook.Cells[2].Metadata["dotnet_interactive"]!["language"]);
        Assert.Equal("notebookkit", (string?)notebook.Metadata["kernelspec"]!["name"]);
        Assert.Equal("#!fsharp\nlet y = 2", PolyglotCells.CodeToSubmit(notebook, notebook.Cells[2]));
        Assert.Equal("#!time\nvar x = 1;", PolyglotCells.CodeToSubmit(notebook, notebook.Cells[1]));
    }

    [Fact]
    public void Converting_twice_gives_the_same_ipynb_bytes()
    {
        const string text = "#!csharp\n\nvar x = 1;\n\n#!markdown\n\nText\n";

        Assert.Equal(DibFormat.Read(text).ToJson(), DibFormat.Read(text).ToJson());
    }

    [Fact]
    public void Ipynb_to_dib_to_ipynb_keeps_cells_sources_and_notebook_metadata_and_names_what_it_drops()
    {
        var original = Notebook.Parse("""
            {"cells": [
              {"cell_type": "markdown", "id": "m1", "metadata": {}, "source": "# Title\n\ntext"},
              {"cell_type": "code", "execution_count": 3, "id": "c1", "metadata": {"tags": ["keep"]}, "outputs": [{"name": "stdout", "output_type": "stream", "text": "1\n"}], "source": "Console.WriteLine(1);"},
              {"cell_type": "code", "execution_count": null, "id": "f1", "metadata": {"dotnet_interactive": {"language": "fsharp"}, "polyglot_notebook": {"kernelName": "fsharp"}, "vscode": {"languageId": "polyglot-notebook"}}, "outputs": [], "source": "let x = 1"},
              {"cell_type": "raw", "id": "r1", "metadata": {}, "source": "raw"}],
             "metadata": {"kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"},
                          "polyglot_notebook": {"kernelInfo": {"defaultKernelName": "csharp", "items": [{"aliases": [], "name": "csharp"}]}},
                          "custom": {"n": [1, 2.5]}},
             "nbformat": 4, "nbformat_minor": 5}
            """, "a.ipynb");

        var dib = DibFormat.Write(original, out var notCarried);
        var back = DibFormat.Read(dib, "a.dib");

        Assert.Equal(["outputs of cell 2", "metadata (tags…) of cell 2", "raw cell 4"], notCarried);
        Assert.Equal(original.Cells.Where(c => c.CellType != NotebookCell.Raw).Select(c => (c.CellType, c.Source)), back.Cells.Select(c => (c.CellType, c.Source)));
        Assert.Equal("fsharp", PolyglotCells.KernelName(back, back.Cells[2]));
        foreach (var key in new[] { "kernelspec", "polyglot_notebook", "custom" })
            Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(original.Metadata[key], back.Metadata[key]), key);
    }

    [Theory]
    [InlineData("#!csharp\n\nx\n\n#!meta\n\n{\"kernelInfo\": [1,\n\n#!markdown\n", "a.dib: line 8: the #!meta block (line 5) is not valid JSON")]
    [InlineData("#!meta\n\n[1, 2]\n", "a.dib: line 1: #!meta must be followed by a JSON object")]
    [InlineData("#!meta\n{\"kernelInfo\":{\"items\":[{\"aliases\":[\"x\"]}]}}\n", "a.dib: line 1: #!meta \"kernelInfo\": item 1 must be an object with a \"name\" string")]
    [InlineData("#!meta\n{\"kernelInfo\":{\"items\":[{\"name\":\"sql\",\"aliases\":[1]}]}}\n", "a.dib: line 1: #!meta \"kernelInfo\": item 1 (\"sql\"): \"aliases\" must be a list of strings")]
    public void A_malformed_meta_block_is_reported_with_file_and_line(string text, string message)
    {
        var ex = Assert.Throws<NotebookFormatException>(() => DibFormat.Read(text, "a.dib"));

        Assert.StartsWith(message, ex.Message);
    }

    [Fact]
    public void A_dib_that_is_not_utf8_is_reported_with_file_and_line()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(temp.File("bad.dib"), [0xef, 0xbb, 0xbf, 0x23, 0x21, 0x63, 0x0a, 0x0a, 0x78, 0xff, 0xfe, 0x0a]);

        var ex = Assert.Throws<NotebookFormatException>(() => NotebookFile.Load(temp.File("bad.dib")));

        Assert.Equal("bad.dib: line 3: not UTF-8 text (save the file as UTF-8)", ex.Message);
    }

    [Fact]
    public void A_cell_marker_inside_a_cell_is_named_because_a_dib_splits_there()
    {
        var notebook = Notebook.Create();
        notebook.Cells.Add(NotebookCell.CreateCode("#!fsharp\nlet x = 1", id: "a"));
        notebook.Cells.Add(NotebookCell.CreateCode("var y = 1;\n#!html\n<b>y</b>", id: "b"));
        notebook.Cells.Add(NotebookCell.CreateMarkdown("#!csharp\ntext", id: "c"));

        var dib = DibFormat.Write(notebook, out var notCarried);

        Assert.Equal(["cell markers inside cells, which start a new cell in a .dib (as in Polyglot): cell 2 line 2 (#!html), cell 3 line 1 (#!csharp)"], notCarried);
        Assert.Equal("#!fsharp\nlet x = 1\n\n#!csharp\n\nvar y = 1;\n#!html\n<b>y</b>\n\n#!markdown\n\n#!csharp\ntext\n", dib);
        Assert.Equal(["fsharp", "csharp", "html", "csharp"], DibFormat.Read(dib).Cells.Select(c => PolyglotCells.KernelName(DibFormat.Read(dib), c)));
    }
}
