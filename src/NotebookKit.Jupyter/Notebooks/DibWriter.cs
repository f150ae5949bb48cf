using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookKit.Jupyter.Notebooks;

/// <summary>
/// Writes a notebook as Polyglot's <c>ToCodeSubmissionContent</c> writes a .dib: <c>#!meta</c> and one line of
/// JSON, then each cell as <c>#!kernel</c>, an empty line, its lines without leading or trailing empty lines, and
/// an empty line; lines end in \n. What a .dib cannot hold is listed in <see cref="Write"/>'s
/// <c>notCarried</c>, one entry per kind, naming the cells.
/// </summary>
internal static class DibWriter
{
    // Polyglot serializes #!meta compactly with relaxed escaping (non-ASCII and '<' stay as they are).
    private static readonly JsonSerializerOptions MetaJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Notebook notebook, List<string> notCarried)
    {
        var lines = new List<string>();
        var meta = DibMetadata.ToMeta(notebook.Metadata);
        if (meta.Count > 0)
            lines.AddRange(["#!meta", "", meta.ToJsonString(MetaJson), ""]);
        var names = PolyglotKernelNames.With(meta["kernelInfo"] as JsonObject);

        var outputs = new List<int>();
        var cellMetadata = new List<int>();
        var attachments = new List<int>();
        var raw = new List<int>();
        var empty = new List<int>();
        var split = new List<string>();
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            var number = i + 1;
            if (cell.CellType == NotebookCell.Raw)
            {
                raw.Add(number);
                continue;
            }
            if (cell.Outputs.Count > 0)
                outputs.Add(number);
            if (cell.Node["attachments"] is JsonObject { Count: > 0 })
                attachments.Add(number);
            if (!PolyglotCells.HasOnlyLanguageMetadata(cell))
                cellMetadata.Add(number);

            var body = Trimmed(cell.Source);
            if (body.Count == 0)
            {
                empty.Add(number);
                continue;
            }
            var kernel = cell.IsCode ? PolyglotCells.KernelName(notebook, cell) : PolyglotKernelNames.Markdown;
            // A code cell that opens with its own #!kernel line (a Polyglot habit) needs no second marker.
            var opensWithMarker = cell.IsCode && IsMarker(body[0], names);
            if (!opensWithMarker)
                lines.AddRange([$"#!{kernel}", ""]);
            for (var j = opensWithMarker ? 1 : 0; j < body.Count; j++)
                if (IsMarker(body[j], names) || meta.Count == 0 && body[j].StartsWith("#!meta", StringComparison.Ordinal))
                    split.Add($"cell {number} line {j + 1} ({body[j]})");
            lines.AddRange(body);
            lines.Add("");
        }

        Report(notCarried, outputs, "outputs of cell");
        Report(notCarried, cellMetadata, "metadata (tags…) of cell");
        Report(notCarried, attachments, "attachments of cell");
        Report(notCarried, raw, "raw cell");
        Report(notCarried, empty, "empty cell");
        if (split.Count > 0)
            notCarried.Add($"cell markers inside cells, which start a new cell in a .dib (as in Polyglot): {string.Join(", ", split)}");
        return string.Join("\n", lines);
    }

    private static bool IsMarker(string line, PolyglotKernelNames names) =>
        line.StartsWith("#!", StringComparison.Ordinal) && names.Resolve(line[2..]) is not null;

    /// <summary>The source's lines (split at \n, a \r before it dropped) without leading or trailing empty lines.</summary>
    internal static List<string> Trimmed(string source)
    {
        var lines = source.Split('\n').Select(l => l.EndsWith('\r') ? l[..^1] : l).ToList();
        var start = lines.FindIndex(l => l.Length > 0);
        if (start < 0)
            return [];
        var end = lines.FindLastIndex(l => l.Length > 0);
        return lines.GetRange(start, end - start + 1);
    }

    private static void Report(List<string> notCarried, List<int> cells, string what)
    {
        if (cells.Count > 0)
            notCarried.Add($"{what}{(cells.Count > 1 ? "s" : "")} {string.Join(", ", cells)}");
    }
}
