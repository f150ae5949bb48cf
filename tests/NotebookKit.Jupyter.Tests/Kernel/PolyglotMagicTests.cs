using System.Text.Json.Nodes;
using NotebookKit.Jupyter.Kernel;
using NotebookKit.Jupyter.Protocol;
using NotebookKit.Jupyter.Transport;

namespace NotebookKit.Jupyter.Tests.Kernel;

/// <summary>Polyglot's magics in C# cells, and <c>#r nuget</c> for the packages the kernel already carries.</summary>
[Collection(InProcessKernelCollection.Name)]
public sealed class PolyglotMagicTests(InterpreterFixture fixture) : InProcessKernelTest(fixture)
{
    [Fact]
    public void Markdown_html_and_javascript_cells_show_their_content()
    {
        Assert.Equal("**bold**\n* a", Displays(Run("#!markdown\n**bold**\n* a"))[0]["text/markdown"]!.GetValue<string>());
        Assert.Equal("<b>Hello!</b>", Displays(Run("#!html\n<b>Hello!</b>"))[0]["text/html"]!.GetValue<string>());
        Assert.Contains("alert(\"hi\");", Displays(Run("#!js\nalert(\"hi\");"))[0]["text/html"]!.GetValue<string>());
        Assert.StartsWith("<script", Displays(Run("#!javascript\nconsole.log(1);"))[0]["text/html"]!.GetValue<string>());
    }

    [Fact]
    public void A_cell_split_by_choosers_runs_each_part_in_order_and_keeps_csharp_line_numbers()
    {
        var iopub = Run("#!csharp\nvar before = 2;\n#!html\n<i>between</i>\n#!c#\nbefore * 21");

        Assert.Equal("<i>between</i>", Displays(iopub)[0]["text/html"]!.GetValue<string>());
        Assert.Equal("42", iopub.Single(m => m.MessageType == MessageTypes.ExecuteResult).Content["data"]!["text/plain"]!.GetValue<string>());
        var (ok, failed) = Call("#!html\n<p>x</p>\n#!csharp\nvar broken = missingName;");
        Assert.False(ok);
        Assert.Contains("(4,", failed.Single(m => m.MessageType == MessageTypes.Error).Content["traceback"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("#!fsharp\nlet x = 1", "F#")]
    [InlineData("#!pwsh\nGet-Date", "PowerShell")]
    [InlineData("#!sql\nSELECT 1", "SQL")]
    [InlineData("#!kql\nStormEvents | take 1", "KQL (Kusto)")]
    [InlineData("#!mermaid\ngraph TD; A-->B", "Mermaid")]
    [InlineData("var fine = 1;\n#!fsharp\nlet y = 2", "F#")]
    public void A_cell_in_another_language_is_one_clear_error_naming_it(string cell, string language)
    {
        var (ok, iopub) = Call(cell);

        Assert.False(ok);
        var error = Assert.Single(iopub, m => m.MessageType == MessageTypes.Error);
        Assert.Contains($"this cell is {language}, and NotebookKit's kernel runs C# only", error.Content["evalue"]!.GetValue<string>());
    }

    [Fact]
    public void Whos_lists_variables_with_types_and_values_and_who_their_names()
    {
        Run("var whosNumber = 41 + 1;\nvar whosList = new List<string> { \"a\" };");

        var table = Displays(Run("#!whos"))[0];
        var text = table["text/plain"]!.GetValue<string>();
        Assert.Matches(@"whosNumber\s+Int32\s+42", text);
        Assert.Matches(@"whosList\s+List<String>", text);
        Assert.Contains("<td>whosNumber</td><td>Int32</td><td>42</td>", table["text/html"]!.GetValue<string>());
        Assert.Contains("whosList", Displays(Run("#!who"))[0]["text/plain"]!.GetValue<string>());
    }

    [Fact]
    public void Lsmagic_and_about_describe_the_kernel()
    {
        Assert.Contains("#!import", Displays(Run("#!lsmagic"))[0]["text/plain"]!.GetValue<string>());
        var about = Displays(Run("#!about"))[0]["text/plain"]!.GetValue<string>();
        Assert.Contains("NotebookKit", about);
        Assert.Contains(Environment.Version.ToString(), about);
    }

    [Fact]
    public void Value_magic_makes_the_cells_text_a_string_variable()
    {
        var shown = Run("#!value --name csv --mime-type text/csv\na,b\n1,2");

        Assert.Equal("a,b\n1,2", Displays(shown)[0]["text/csv"]!.GetValue<string>());
        Assert.Equal("2", Run("csv.Split('\\n').Length").Single(m => m.MessageType == MessageTypes.ExecuteResult).Content["data"]!["text/plain"]!.GetValue<string>());
    }

    [Fact]
    public void Import_runs_the_csharp_of_a_csx_file_and_of_a_notebook_into_the_session()
        => ImportInto("setup.ipynb");

    [Fact]
    public void Import_runs_the_csharp_cells_of_a_dib_and_skips_its_other_languages()
    {
        var folder = Directory.CreateTempSubdirectory("import-dib-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "setup.dib"),
                "#!markdown\n\n# not code\n\n#!csharp\n\nvar fromDib = 40;\n\n#!fsharp\n\nlet skipped = 1\n\n#!c#\n\nfromDib += 2;\n");
            var iopub = Run($"#!import {Path.Combine(folder, "setup.dib")}\nfromDib");
            Assert.Equal("42", iopub.Single(m => m.MessageType == MessageTypes.ExecuteResult).Content["data"]!["text/plain"]!.GetValue<string>());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private void ImportInto(string notebookName)
    {
        var folder = Directory.CreateTempSubdirectory("import-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "helpers.csx"), "int Doubled(int v) => 2 * v; // from a file");
            var notebook = new JsonObject
            {
                ["cells"] = new JsonArray(
                    new JsonObject { ["cell_type"] = "markdown", ["metadata"] = new JsonObject(), ["source"] = "# not code" },
                    new JsonObject { ["cell_type"] = "code", ["metadata"] = new JsonObject(), ["outputs"] = new JsonArray(), ["execution_count"] = null, ["source"] = "var imported = Doubled(20);" },
                    new JsonObject { ["cell_type"] = "code", ["metadata"] = new JsonObject { ["dotnet_interactive"] = new JsonObject { ["language"] = "fsharp" } }, ["outputs"] = new JsonArray(), ["execution_count"] = null, ["source"] = "let skipped = 1" }),
                ["metadata"] = new JsonObject(), ["nbformat"] = 4, ["nbformat_minor"] = 5,
            };
            File.WriteAllText(Path.Combine(folder, notebookName), notebook.ToJsonString());

            var iopub = Run($"#!import {Path.Combine(folder, "helpers.csx")}\n#!import {Path.Combine(folder, notebookName)}\nimported + 2");

            Assert.Equal("42", iopub.Single(m => m.MessageType == MessageTypes.ExecuteResult).Content["data"]!["text/plain"]!.GetValue<string>());
            var (ok, missing) = Call($"#!import {Path.Combine(folder, "nothere.csx")}");
            Assert.False(ok);
            Assert.Contains("nothere.csx", missing.Single(m => m.MessageType == MessageTypes.Error).Content["evalue"]!.GetValue<string>());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("#r \"nuget: Plotly.NET, 6.0.0\"", null)]
    [InlineData("#r \"nuget: Plotly.NET.CSharp, 0.14.0\"", null)]
    [InlineData("#r \"nuget: Plotly.NET, 5.1.0\"", "already has Plotly.NET 6.0.0 loaded")]
    [InlineData("#r \"nuget: Plotly.NET.Interactive, 6.0.0\"", "offline")]
    public void Nuget_references_to_preloaded_packages_are_served_by_the_loaded_assembly(string directive, string? note)
    {
        var iopub = Run(directive + "\nvar polyglotChart = Plotly.NET.CSharp.Chart.Line<int, int, string>(x: new[] { 1, 2 }, y: new[] { 3, 4 });");

        if (note is null) Assert.Equal("", Stdout(iopub));
        else Assert.Contains(note, Stdout(iopub));
        var chart = Run("polyglotChart").Single(m => m.MessageType == MessageTypes.ExecuteResult).Content["data"]!;
        Assert.NotNull(chart["application/vnd.plotly.v1+json"]);
        Assert.DoesNotContain("cdn.plot.ly", chart["text/html"]!.GetValue<string>());
    }

    [Fact]
    public void Javascript_and_CSS_helpers_display_script_and_style()
    {
        var iopub = Run("Javascript(\"console.log(1)\");\nCSS(\"b { color: red }\");");

        Assert.Equal("<script type=\"text/javascript\">console.log(1)</script>", Displays(iopub)[0]["text/html"]!.GetValue<string>());
        Assert.Equal("<style>b { color: red }</style>", Displays(iopub)[1]["text/html"]!.GetValue<string>());
    }

    [Fact]
    public void A_nuget_reference_to_a_package_now_in_dotnet_is_served_by_the_framework()
    {
        var iopub = Run("#r \"nuget:System.Text.Json\"\nSystem.Text.Json.JsonSerializer.Serialize(new[] { 1, 2 })");

        Assert.Equal("[1,2]", iopub.Single(m => m.MessageType == MessageTypes.ExecuteResult).Content["data"]!["text/plain"]!.GetValue<string>());
    }

    [Fact]
    public void Old_notebooks_use_PocketView_LaTeXString_and_MathString_without_a_using()
    {
        var latex = Run("(LaTeXString)@\"\\frac{a}{b}\"").Single(m => m.MessageType == MessageTypes.ExecuteResult).Content["data"]!;
        var math = Run("(MathString)@\"\\frac{a}{b}\"").Single(m => m.MessageType == MessageTypes.ExecuteResult).Content["data"]!;
        var view = Run("PocketView view = PocketViewTags.b(\"x\");\nview").Single(m => m.MessageType == MessageTypes.ExecuteResult).Content["data"]!;

        Assert.Equal(@"\frac{a}{b}", latex["text/latex"]!.GetValue<string>());
        Assert.Equal(@"$$\frac{a}{b}$$", math["text/latex"]!.GetValue<string>());
        Assert.Equal("<b>x</b>", view["text/html"]!.GetValue<string>());
    }

    [Fact]
    public void A_nuget_feed_line_adds_a_source_that_restores_search()
    {
        // An existing, empty folder: harmless to the restores of later tests that share this interpreter.
        var feed = Directory.CreateTempSubdirectory("feed-").FullName;
        Assert.Equal("3", Run($"#i \"nuget: {feed}\"\n1 + 2").Single(m => m.MessageType == MessageTypes.ExecuteResult).Content["data"]!["text/plain"]!.GetValue<string>());

        var (ok, iopub) = Call("#r \"nuget: NotebookKit.NoSuchPackage.Anywhere, 9.9.7\"");

        Assert.False(ok);
        Assert.Contains(Path.GetFileName(feed), iopub.Single(m => m.MessageType == MessageTypes.Error).Content["evalue"]!.GetValue<string>());
    }
}
