using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Jupyter.Student;

/// <summary>
/// Writes the learner's version of a reference notebook: each solution block replaced by its stub
/// (<see cref="SolutionStripper"/>), outputs and execution counts cleared as <c>notebookkit clear</c> does,
/// every other field kept. The same input always gives the same bytes, in nbformat's own JSON style.
/// </summary>
public static class StudentNotebook
{
    /// <summary>Converts the JSON text of a reference notebook; <paramref name="name"/> names it in errors.</summary>
    /// <exception cref="NotebookFormatException">The JSON is not a notebook.</exception>
    /// <exception cref="FormatException">A solution block is malformed (the message names the cell and line).</exception>
    public static string Convert(string json, string name) => ToLearner(Notebook.Parse(json, name), name).ToJson();

    /// <summary>The learner's version of <paramref name="notebook"/>, changed in place and returned.</summary>
    /// <exception cref="FormatException">A solution block is malformed (the message names the cell and line).</exception>
    public static Notebook ToLearner(Notebook notebook, string name)
    {
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            if (!cell.IsCode)
                continue;
            var where = cell.Id is { } id ? $"{name}: cell {i + 1} (id {id})" : $"{name}: cell {i + 1}";
            cell.Source = SolutionStripper.Strip(cell.Source, where);
        }
        notebook.ClearOutputs();
        return notebook;
    }

    /// <summary>
    /// Writes the learner's version of each notebook into <paramref name="outputDirectory"/> under the
    /// same file name, atomically. Every notebook is converted before the first is written, so a
    /// malformed one leaves the folder as it was. Returns the paths written.
    /// </summary>
    public static IReadOnlyList<string> WriteAll(IEnumerable<string> notebookPaths, string outputDirectory)
    {
        var converted = new List<(string Target, string Text)>();
        foreach (var path in notebookPaths)
        {
            var target = Path.Combine(outputDirectory, Path.GetFileName(path));
            if (string.Equals(Path.GetFullPath(target), Path.GetFullPath(path), StringComparison.Ordinal))
                throw new IOException($"{path}: the learner's version would overwrite the reference; choose another --output-dir");
            // A .dib stays a .dib (NotebookFile picks the format by extension); an .ipynb of nbformat 3 comes out as 4.5.
            converted.Add((target, NotebookFile.Format(ToLearner(NotebookFile.Load(path), Path.GetFileName(path)), target)));
        }
        Directory.CreateDirectory(outputDirectory);
        foreach (var (target, text) in converted)
            AtomicFile.WriteAllText(target, text);
        return converted.Select(c => c.Target).ToList();
    }
}
