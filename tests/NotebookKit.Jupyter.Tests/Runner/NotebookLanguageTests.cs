using System.Text.Json.Nodes;
using NotebookKit.Cli.Commands;
using NotebookKit.Jupyter.Notebooks;
using NotebookKit.Jupyter.Runner;
using NotebookKit.Jupyter.Tests.Notebooks;

namespace NotebookKit.Jupyter.Tests.Runner;

/// <summary><c>notebookkit run</c> runs C# notebooks only, and says so, naming the kernelspec, instead of feeding Python to C#.</summary>
public sealed class NotebookLanguageTests
{
    private static Notebook WithMetadata(string metadataJson, params string[] sources)
    {
        var notebook = Notebook.Create();
        foreach (var (key, value) in JsonNode.Parse(metadataJson)!.AsObject())
            notebook.Metadata[key] = value?.DeepClone();
        foreach (var source in sources)
            notebook.Cells.Add(NotebookCell.CreateCode(source));
        return notebook;
    }

    private const string Python = """{"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}, "language_info": {"name": "python"}}""";

    [Theory]
    [InlineData("""{"kernelspec": {"display_name": "C# (NotebookKit)", "language": "csharp", "name": "notebookkit"}}""")]
    [InlineData("""{"kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"}, "language_info": {"name": "C#"}}""")]
    [InlineData("""{"kernelspec": {"display_name": "Some C# kernel", "language": "C#", "name": "my-csharp"}}""")]
    [InlineData("""{"language_info": {"name": "csharp"}}""")]
    [InlineData("{}")]
    public void CSharp_notebooks_and_ones_that_declare_nothing_are_accepted(string metadata) =>
        Assert.Null(NotebookLanguage.WhyNotCSharp(WithMetadata(metadata)));

    [Theory]
    [InlineData(Python, "kernelspec 'python3' (Python 3 (ipykernel)), language 'python'")]
    [InlineData("""{"kernelspec": {"display_name": ".NET (F#)", "language": "F#", "name": ".net-fsharp"}}""", "kernelspec '.net-fsharp' (.NET (F#)), language 'F#'")]
    [InlineData("""{"language_info": {"name": "R"}}""", "language 'R'")]
    public void Other_languages_are_refused_naming_what_the_notebook_declares(string metadata, string named)
    {
        var why = NotebookLanguage.WhyNotCSharp(WithMetadata(metadata));

        Assert.NotNull(why);
        Assert.Contains(named, why);
        Assert.Contains("--kernel notebookkit", why);
    }

    [Fact]
    public async Task Run_stops_on_a_python_notebook_before_starting_a_kernel_and_kernel_overrides()
    {
        using var temp = new TempFolder();
        var path = temp.File("analysis.ipynb");
        WithMetadata(Python, "Console.WriteLine(1);").Save(path);
        var started = 0;
        Task<IKernelSession> Start(string folder, CancellationToken token)
        {
            started++;
            return Task.FromResult<IKernelSession>(new ScriptedKernel());
        }

        var refused = await new RunJob(Start).RunAsync(new RunRequest([path], false, temp.File("out"), null, null, new RunOptions()));
        var forced = await new RunJob(Start).RunAsync(new RunRequest([path], false, temp.File("out"), null, null, new RunOptions(Kernel: "notebookkit")));

        Assert.Equal(RunFailure.NotCSharp, refused.Notebooks.Single().Failure);
        Assert.Contains("analysis.ipynb: its kernelspec 'python3' (Python 3 (ipykernel)), language 'python' is not C#", refused.Notebooks.Single().Message);
        Assert.True(forced.Succeeded);
        Assert.Equal(1, started);
    }

    [Fact]
    public void The_kernel_option_takes_only_the_csharp_kernel()
    {
        var parse = RunCommand.Create().Parse(["x.ipynb", "--kernel", "python3"]);

        Assert.Contains(parse.Errors, e => e.Message.Contains("--kernel python3: notebookkit run only has the C# kernel 'notebookkit'", StringComparison.Ordinal));
        Assert.Empty(RunCommand.Create().Parse(["x.ipynb", "--kernel", ".net-csharp"]).Errors);
    }
}
