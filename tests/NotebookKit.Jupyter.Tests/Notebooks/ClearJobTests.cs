using NotebookKit.Jupyter.Notebooks;
using NotebookKit.Jupyter.Tests.Export;

namespace NotebookKit.Jupyter.Tests.Notebooks;

/// <summary>The `clear` use case: what it does with each kind of file it is given.</summary>
public sealed class ClearJobTests
{
    [Fact]
    public void Clears_each_notebook_leaves_a_dib_alone_and_reports_a_malformed_one_untouched()
    {
        using var temp = new TempFolder();
        LessonNotebooks.Charts().Save(temp.File("01-charts.ipynb"));
        File.WriteAllText(temp.File("02-broken.ipynb"), "{ not json");
        File.WriteAllText(temp.File("03-lesson.dib"), "#!csharp\n\n1 + 1\n");

        var outcome = ClearJob.Run([temp.Path]);

        Assert.Null(outcome.Refusal);
        Assert.False(outcome.Succeeded);
        Assert.Equal([temp.File("01-charts.ipynb"), temp.File("02-broken.ipynb"), temp.File("03-lesson.dib")], outcome.Notebooks.Select(n => n.Path));
        Assert.Null(outcome.Notebooks[0].Error);
        Assert.All(Notebook.Load(temp.File("01-charts.ipynb")).Cells.Where(c => c.IsCode), c => Assert.Empty(c.Outputs));
        Assert.StartsWith("02-broken.ipynb", outcome.Notebooks[1].Error);
        Assert.Equal("{ not json", File.ReadAllText(temp.File("02-broken.ipynb")));
        Assert.True(outcome.Notebooks[2].LeftAlone);
        Assert.Equal("#!csharp\n\n1 + 1\n", File.ReadAllText(temp.File("03-lesson.dib")));
    }

    [Fact]
    public void A_path_that_is_no_notebook_or_folder_clears_nothing()
    {
        using var temp = new TempFolder();
        LessonNotebooks.Charts().Save(temp.File("01-charts.ipynb"));
        var before = File.ReadAllText(temp.File("01-charts.ipynb"));

        var outcome = ClearJob.Run([temp.File("01-charts.ipynb"), temp.File("missing.ipynb")]);

        Assert.Equal($"{temp.File("missing.ipynb")}: no such notebook or folder", outcome.Refusal);
        Assert.Empty(outcome.Notebooks);
        Assert.Equal(before, File.ReadAllText(temp.File("01-charts.ipynb")));
    }
}
