using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Jupyter.Tests.Notebooks;

public sealed class NotebookClearTests(NbformatFixtures fixtures) : IClassFixture<NbformatFixtures>
{
    public static TheoryData<string> Names => new(NbformatFixtures.Names);

    [Theory]
    [MemberData(nameof(Names))]
    public void Clear_matches_nbconvert_clear_output_byte_for_byte(string name)
    {
        using var temp = new TempFolder();
        var theirs = temp.File("theirs.ipynb");
        var ours = temp.File("ours.ipynb");
        File.Copy(fixtures.PathOf(name), theirs);
        File.Copy(fixtures.PathOf(name), ours);

        DebianPython.Run(["-m", "nbconvert", "--clear-output", "--inplace", theirs]);
        var notebook = Notebook.Load(ours);
        notebook.ClearOutputs();
        notebook.Save(ours);

        Assert.Equal(File.ReadAllBytes(theirs), File.ReadAllBytes(ours));
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
