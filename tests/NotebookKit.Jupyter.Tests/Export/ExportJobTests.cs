using NotebookKit.Jupyter.Export;
using NotebookKit.Jupyter.Tests.Notebooks;

namespace NotebookKit.Jupyter.Tests.Export;

/// <summary>The `export` use case's refusals and default folder (the handouts themselves: HandoutHtmlTests).</summary>
public sealed class ExportJobTests
{
    [Fact]
    public void A_malformed_notebook_refuses_the_export_before_any_handout_is_written()
    {
        using var temp = new TempFolder();
        LessonNotebooks.Intro().Save(temp.File("01-intro.ipynb"));
        File.WriteAllText(temp.File("02-broken.ipynb"), "{ not json");

        var outcome = ExportJob.Run([temp.Path], "html", temp.File("html"));

        Assert.Equal(ExportRefusal.InvalidInput, outcome.Refusal);
        Assert.StartsWith("02-broken.ipynb", outcome.RefusalMessage);
        Assert.Empty(outcome.Written);
        Assert.False(Directory.Exists(temp.File("html")));
    }

    [Fact]
    public void Without_an_output_folder_each_handout_goes_beside_its_notebook()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("a"));
        Directory.CreateDirectory(temp.File("b"));
        LessonNotebooks.Intro().Save(temp.File("a/01-intro.ipynb"));
        LessonNotebooks.Intro().Save(temp.File("b/02-intro.ipynb"));

        var outcome = ExportJob.Run([temp.File("a/01-intro.ipynb"), temp.File("b/02-intro.ipynb")], "html", outputDir: null);

        Assert.True(outcome.Succeeded, outcome.Failure);
        Assert.Contains(temp.File("a/01-intro.html"), outcome.Written);
        Assert.Contains(temp.File("b/02-intro.html"), outcome.Written);
        Assert.All(outcome.Written, f => Assert.True(File.Exists(f), f));
    }
}
