using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// What <c>#!import path</c> reads: the C# cells of a file, in order. <c>.cs</c> and <c>.csx</c> are one cell;
/// <c>.ipynb</c> and Polyglot's <c>.dib</c> give their code cells that are C# (Polyglot's per-cell language, or the
/// notebook's default). Other formats plug in through <see cref="Readers"/>.
/// </summary>
internal static class NotebookImport
{
    /// <summary>Extension (with the dot, lower case) → reader of the file's C# cells. The one seam for new formats.</summary>
    public static readonly Dictionary<string, Func<string, IReadOnlyList<string>>> Readers = new(StringComparer.OrdinalIgnoreCase)
    {
        [".cs"] = path => [File.ReadAllText(path)],
        [".csx"] = path => [File.ReadAllText(path)],
        [NotebookFile.IpynbExtension] = NotebookCells,
        [DibFormat.Extension] = NotebookCells,
    };

    public static IReadOnlyList<string> CSharpCells(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"#!import: no file '{path}'.", path);
        var extension = Path.GetExtension(path);
        if (!Readers.TryGetValue(extension, out var read))
            throw new NotSupportedException($"#!import: '{Path.GetFileName(path)}' is a {extension} file; NotebookKit imports {string.Join(", ", Readers.Keys.Order())}.");
        return read(path);
    }

    private static IReadOnlyList<string> NotebookCells(string path)
    {
        var notebook = NotebookFile.Load(path);
        return notebook.Cells.Where(c => c.IsCode && PolyglotCells.KernelName(notebook, c) == PolyglotCells.CSharp)
            .Select(c => c.Source).ToList();
    }
}
