using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookKit.Jupyter.Student;

/// <summary>
/// Writes the learner's version of a reference notebook: each solution block replaced by its stub
/// (<see cref="SolutionStripper"/>), outputs and execution counts cleared, every other field kept.
/// The same input always gives the same bytes, in nbformat's own JSON style.
/// </summary>
public static class StudentNotebook
{
    /// <summary>Converts the JSON text of a reference notebook; <paramref name="name"/> names it in errors.</summary>
    /// <exception cref="FormatException">The JSON is not a notebook, or a solution block is malformed.</exception>
    public static string Convert(string json, string name)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{name}: not valid JSON ({e.Message})", e);
        }
        if (root is not JsonObject notebook || notebook["cells"] is not JsonArray cells)
            throw new FormatException($"{name}: not a notebook (no \"cells\" list at the top level)");

        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i] is not JsonObject cell)
                throw new FormatException($"{name}: cell {i + 1}: a cell must be an object");
            if ((string?)cell["cell_type"] != "code")
                continue;
            var where = cell["id"] is JsonValue id ? $"{name}: cell {i + 1} (id {id})" : $"{name}: cell {i + 1}";
            var source = ReadSource(cell["source"], where);
            var stripped = SolutionStripper.Strip(source, where);
            cell["source"] = WriteSource(stripped);
            cell["outputs"] = new JsonArray();
            cell["execution_count"] = null;
        }
        return NbformatJson.Write(notebook);
    }

    /// <summary>
    /// Writes the learner's version of each notebook into <paramref name="outputDirectory"/> under the
    /// same file name, atomically. Returns the paths written.
    /// </summary>
    public static IReadOnlyList<string> WriteAll(IEnumerable<string> notebookPaths, string outputDirectory)
    {
        Directory.CreateDirectory(outputDirectory);
        var written = new List<string>();
        foreach (var path in notebookPaths)
        {
            var target = Path.Combine(outputDirectory, Path.GetFileName(path));
            if (string.Equals(Path.GetFullPath(target), Path.GetFullPath(path), StringComparison.Ordinal))
                throw new IOException($"{path}: the learner's version would overwrite the reference; choose another --output-dir");
            var text = StudentNotebook.Convert(File.ReadAllText(path), Path.GetFileName(path));
            var temp = Path.Combine(outputDirectory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
            File.WriteAllText(temp, text);
            File.Move(temp, target, overwrite: true);
            written.Add(target);
        }
        return written;
    }

    private static string ReadSource(JsonNode? source, string where) => source switch
    {
        JsonValue value when value.TryGetValue(out string? text) => text,
        JsonArray lines => string.Concat(lines.Select(line => line is JsonValue v && v.TryGetValue(out string? s)
            ? s
            : throw new FormatException($"{where}: \"source\" must be a string or a list of strings"))),
        _ => throw new FormatException($"{where}: \"source\" must be a string or a list of strings"),
    };

    // nbformat stores multi-line strings as a list of lines, each keeping its "\n".
    private static JsonArray WriteSource(string source)
    {
        var lines = new JsonArray();
        var start = 0;
        while (start < source.Length)
        {
            var end = source.IndexOf('\n', start);
            var stop = end < 0 ? source.Length : end + 1;
            lines.Add(source[start..stop]);
            start = stop;
        }
        return lines;
    }
}
