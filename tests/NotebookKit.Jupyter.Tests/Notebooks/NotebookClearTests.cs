using NotebookKit.Jupyter.Notebooks;
using NotebookKit.Jupyter.Tests.Export;

namespace NotebookKit.Jupyter.Tests.Notebooks;

public sealed class NotebookClearTests(NbformatFixtures fixtures) : IClassFixture<NbformatFixtures>
{
    [Fact]
    public void Clear_verb_matches_nbconvert_clear_output_byte_for_byte()
    {
        using var temp = new TempFolder();
        var names = NbformatFixtures.Names.Append("lesson.ipynb").ToList();
        Directory.CreateDirectory(temp.File("theirs"));
        Directory.CreateDirectory(temp.File("ours"));
        foreach (var name in NbformatFixtures.Names)
        {
            File.Copy(fixtures.PathOf(name), temp.File("theirs/" + name));
            File.Copy(fixtures.PathOf(name), temp.File("ours/" + name));
        }
        LessonNotebooks.Charts().Save(temp.File("theirs/lesson.ipynb"));
        File.Copy(temp.File("theirs/lesson.ipynb"), temp.File("ours/lesson.ipynb"));

        // One nbconvert process for all files: Python start-up dominates this test.
        DebianPython.Run(["-m", "nbconvert", "--clear-output", "--inplace", .. names.Select(n => temp.File("theirs/" + n))]);
        var outcome = ClearJob.Run([temp.File("ours")]);

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Notebooks.Select(n => n.Error)));
        Assert.All(names, name => Assert.Equal(File.ReadAllBytes(temp.File("theirs/" + name)), File.ReadAllBytes(temp.File("ours/" + name))));
    }

    [Fact]
    public void Clear_removes_outputs_counts_and_output_metadata_but_keeps_the_rest()
    {
        var notebook = Notebook.Load(fixtures.PathOf("rich45.ipynb"));

        notebook.ClearOutputs();

        var code = notebook.Cells[1];
        Assert.Empty(code.Outputs);
        Assert.Null(code.ExecutionCount);
        Assert.False(code.Metadata.ContainsKey("collapsed"));
        Assert.False(code.Metadata.ContainsKey("scrolled"));
        Assert.True(code.Metadata.ContainsKey("custom"));
    }
}
