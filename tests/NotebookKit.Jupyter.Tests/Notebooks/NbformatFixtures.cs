namespace NotebookKit.Jupyter.Tests.Notebooks;

/// <summary>Notebooks written by Debian's python3-nbformat, made once per test run by make_fixtures.py.</summary>
public sealed class NbformatFixtures : IDisposable
{
    private readonly TempFolder _folder = new();

    public NbformatFixtures()
    {
        DebianPython.Run([DebianPython.SourceFile("Notebooks/make_fixtures.py"), _folder.Path]);
    }

    public static readonly string[] Names = ["rich45.ipynb", "rich44.ipynb", "rich40.ipynb", "empty.ipynb"];

    public string PathOf(string name) => _folder.File(name);

    public void Dispose() => _folder.Dispose();
}
