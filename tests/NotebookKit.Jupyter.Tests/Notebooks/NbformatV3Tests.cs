using System.Text.RegularExpressions;
using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Jupyter.Tests.Notebooks;

/// <summary>nbformat 3 notebooks made by make_v3_fixtures.py, with nbformat's own upgrade of each beside it.</summary>
public sealed class NbformatV3Fixtures : IDisposable
{
    private readonly TempFolder _folder = new();

    public NbformatV3Fixtures() => DebianPython.Run([DebianPython.SourceFile("Notebooks/make_v3_fixtures.py"), _folder.Path]);

    public static readonly string[] Names = ["headings.ipynb", "outputs.ipynb", "worksheets.ipynb", "empty.ipynb"];

    public string PathOf(string name) => _folder.File(name);

    public void Dispose() => _folder.Dispose();
}

public sealed partial class NbformatV3Tests(NbformatV3Fixtures fixtures) : IClassFixture<NbformatV3Fixtures>
{
    // nbformat gives upgraded cells random ids (uuid4), so two upgrades agree on everything but those.
    [GeneratedRegex("""^(\s*)"id": "[0-9a-f]{8}",$""", RegexOptions.Multiline)]
    private static partial Regex CellId();

    private static string WithoutIds(string json) => CellId().Replace(json, "$1\"id\": \"(random)\",");

    [Theory]
    [MemberData(nameof(AllNames))]
    public void Upgrade_writes_what_nbformat_writes(string name)
    {
        var ours = Notebook.Load(fixtures.PathOf(name)).ToJson();
        var theirs = File.ReadAllText(fixtures.PathOf(Path.ChangeExtension(name, ".upgraded.ipynb")));

        Assert.Equal(WithoutIds(theirs), WithoutIds(ours));
        var ids = CellId().Matches(ours).Select(m => m.Value).ToList();
        Assert.Equal(Notebook.Load(fixtures.PathOf(name)).Cells.Count, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Upgrade_turns_headings_prompts_and_v3_outputs_into_nbformat_4()
    {
        var headings = Notebook.Load(fixtures.PathOf("headings.ipynb"));
        Assert.Equal(["# Lesson one", "### Two lines here", "# no level"], headings.Cells.Take(3).Select(c => c.Source));
        Assert.Equal(NotebookCell.Raw, headings.Cells[5].CellType);
        Assert.Equal(NotebookCell.Markdown, headings.Cells[6].CellType);

        var outputs = Notebook.Load(fixtures.PathOf("outputs.ipynb"));
        var first = outputs.Cells[0];
        Assert.Equal(1, first.ExecutionCount);
        Assert.Equal("x = 1\nx", first.Source);
        Assert.Equal(NotebookOutput.ExecuteResult, first.Outputs[0].OutputType);
        Assert.Equal("<b>1</b>\n<i>x</i>", first.Outputs[0].GetText("text/html"));
        Assert.Equal("""{"a":[1,2.5,1e-07],"b":null}""", first.Outputs[0].GetText("application/json"));
        Assert.Equal(["stdout", "stderr", "stdout"], outputs.Cells[1].Outputs.Select(o => o.Name));
        Assert.Equal(NotebookOutput.Error, outputs.Cells[3].Outputs[0].OutputType);
    }

    [Fact]
    public void Clear_verb_matches_nbconvert_clear_output_on_nbformat_3()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("theirs"));
        Directory.CreateDirectory(temp.File("ours"));
        foreach (var name in NbformatV3Fixtures.Names)
        {
            File.Copy(fixtures.PathOf(name), temp.File("theirs/" + name));
            File.Copy(fixtures.PathOf(name), temp.File("ours/" + name));
        }

        DebianPython.Run(["-m", "nbconvert", "--clear-output", "--inplace", .. NbformatV3Fixtures.Names.Select(n => temp.File("theirs/" + n))]);
        var outcome = ClearJob.Run(NbformatV3Fixtures.Names.Select(n => temp.File("ours/" + n)).ToList());

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Notebooks.Select(n => n.Error)));
        Assert.All(NbformatV3Fixtures.Names, name =>
            Assert.Equal(WithoutIds(File.ReadAllText(temp.File("theirs/" + name))), WithoutIds(File.ReadAllText(temp.File("ours/" + name)))));
    }

    [Theory]
    [InlineData(2, "nbformat 2 is not supported; NotebookKit reads nbformat 3 and 4 (`jupyter nbconvert --to notebook` upgrades older files)")]
    [InlineData(5, "nbformat 5 is not supported; NotebookKit reads nbformat 3 and 4")]
    public void Unknown_nbformat_versions_are_refused_naming_file_and_line(int version, string message)
    {
        var json = $"{{\n \"metadata\": {{}},\n \"worksheets\": [],\n \"nbformat\": {version},\n \"nbformat_minor\": 0\n}}\n";

        var ex = Assert.Throws<NotebookFormatException>(() => Notebook.Parse(json, "old.ipynb"));

        Assert.Equal($"old.ipynb: line 4: {message}", ex.Message);
    }

    [Fact]
    public void A_v3_notebook_without_worksheets_is_refused_by_name()
    {
        var ex = Assert.Throws<NotebookFormatException>(() => Notebook.Parse("""{"metadata": {}, "nbformat": 3, "nbformat_minor": 0}""", "old.ipynb"));

        Assert.Equal("old.ipynb: an nbformat 3 notebook needs a \"worksheets\" list", ex.Message);
    }

    public static TheoryData<string> AllNames() => new(NbformatV3Fixtures.Names);
}
