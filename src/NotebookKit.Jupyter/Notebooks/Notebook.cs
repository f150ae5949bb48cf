using System.Text;
using System.Text.Json.Nodes;

namespace NotebookKit.Jupyter.Notebooks;

/// <summary>
/// An nbformat 4 (4.0–4.5) notebook. Every field we don't model is kept, and <see cref="ToJson"/> writes the
/// bytes nbformat's own writer writes, so reading and writing an unchanged notebook changes nothing.
/// </summary>
public sealed class Notebook
{
    private readonly JsonObject _root;

    internal Notebook(JsonObject root, List<NotebookCell> cells)
    {
        _root = root;
        Cells = cells;
    }

    public int FormatMinor => (int?)_root["nbformat_minor"] ?? 0;

    public JsonObject Metadata => (JsonObject)_root["metadata"]!;

    public List<NotebookCell> Cells { get; }

    /// <summary>The notebook's title: the text of its first Markdown heading, if any.</summary>
    public string? Title =>
        Cells.Where(c => c.CellType == NotebookCell.Markdown)
            .SelectMany(c => c.Source.Split('\n'))
            .Select(l => l.Trim())
            .Where(l => l.StartsWith('#'))
            .Select(l => l.TrimStart('#').Trim())
            .FirstOrDefault(l => l.Length > 0);

    public static Notebook Create(int minor = 5) => new(new JsonObject
    {
        ["metadata"] = new JsonObject(),
        ["nbformat"] = 4,
        ["nbformat_minor"] = minor,
    }, []);

    /// <summary>Parses notebook JSON; <paramref name="name"/> (usually the file name) starts every error message.</summary>
    public static Notebook Parse(string json, string name = "notebook") => NotebookReader.Parse(json, name);

    public static Notebook Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new NotebookFormatException($"{Path.GetFileName(path)}: cannot read: {ex.Message}", ex);
        }
        return Parse(json, Path.GetFileName(path));
    }

    /// <summary>The notebook as nbformat writes it (1-space indent, sorted keys, line lists, trailing newline).</summary>
    public string ToJson() => NotebookWriter.Write(_root, Cells);

    /// <summary>Writes atomically: the whole text is built first, then goes through a temp file and a rename.</summary>
    public void Save(string path) => AtomicFile.WriteAllText(path, ToJson());

    public Notebook Clone() => new((JsonObject)_root.DeepClone(), Cells.Select(c => c.Clone()).ToList());

    /// <summary>
    /// What <c>jupyter nbconvert --clear-output</c> does: code cells lose their outputs, execution counts and
    /// the output-related metadata <c>collapsed</c> and <c>scrolled</c>.
    /// </summary>
    public void ClearOutputs()
    {
        foreach (var cell in Cells.Where(c => c.IsCode))
        {
            cell.Outputs.Clear();
            cell.ExecutionCount = null;
            if (cell.Node["metadata"] is JsonObject metadata)
            {
                metadata.Remove("collapsed");
                metadata.Remove("scrolled");
            }
        }
    }
}
