namespace NotebookKit.Jupyter.Notebooks;

/// <summary>
/// Polyglot Notebooks' own file format, <c>.dib</c>: cells of text, each led by <c>#!csharp</c>, <c>#!markdown</c>
/// or another kernel's name, and an optional <c>#!meta</c> JSON line. Read into the same <see cref="Notebook"/>
/// model as an .ipynb (C# → code cells, Markdown → Markdown cells, other languages → code cells carrying
/// Polyglot's <c>polyglot_notebook.kernelName</c> metadata), and written back byte for byte as Polyglot writes it.
/// A .dib holds no outputs, execution counts, cell metadata or raw cells.
/// </summary>
public static class DibFormat
{
    public const string Extension = ".dib";

    /// <summary>Parses .dib text; <paramref name="name"/> (usually the file name) starts every error message.</summary>
    /// <exception cref="NotebookFormatException">A malformed <c>#!meta</c> block (the message names the line).</exception>
    public static Notebook Read(string text, string name = "notebook.dib") => DibReader.Read(text, name);

    /// <summary>The notebook as .dib text. What a .dib cannot hold is dropped; <see cref="Write(Notebook, out IReadOnlyList{string})"/> lists it.</summary>
    public static string Write(Notebook notebook) => DibWriter.Write(notebook, []);

    /// <summary>The notebook as .dib text, and what it holds that a .dib cannot (e.g. "outputs of cells 2, 5").</summary>
    public static string Write(Notebook notebook, out IReadOnlyList<string> notCarried)
    {
        var list = new List<string>();
        var text = DibWriter.Write(notebook, list);
        notCarried = list;
        return text;
    }
}
