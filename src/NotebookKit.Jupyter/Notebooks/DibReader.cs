using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookKit.Jupyter.Notebooks;

/// <summary>
/// Reads a .dib file the way Polyglot's <c>CodeSubmission.Parse</c> does: a line <c>#!kernel</c> (a known kernel
/// name or alias) starts a cell; other <c>#!</c> lines (<c>#!time</c>, <c>#!import</c>) stay in the cell; each
/// cell loses its leading and trailing empty lines and empty cells vanish; the first <c>#!meta</c> line is followed
/// by one JSON object (its <c>kernelInfo</c> names more kernels). The result is an nbformat 4.5 notebook: Markdown
/// cells, C# code cells, and cells in other languages as code cells with Polyglot's language metadata.
/// </summary>
internal static class DibReader
{
    public static Notebook Read(string text, string name)
    {
        var lines = text.Split('\n').Select(l => l.EndsWith('\r') ? l[..^1] : l).ToArray();
        var names = PolyglotKernelNames.With(null);
        JsonObject? meta = null;
        var cells = new List<(string Kernel, List<string> Lines)>();
        var kernel = PolyglotKernelNames.CSharp;
        var current = new List<string>();

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (meta is null && line.StartsWith("#!meta", StringComparison.Ordinal))
            {
                var metaLine = i + 1;
                var json = new StringBuilder();
                while (i + 1 < lines.Length && !lines[i + 1].StartsWith("#!", StringComparison.Ordinal))
                    json.Append(lines[++i]).Append('\n');
                meta = ParseMeta(json.ToString(), name, metaLine);
                names = PolyglotKernelNames.With(meta["kernelInfo"] as JsonObject);
                continue;
            }
            if (line.StartsWith("#!", StringComparison.Ordinal) && names.Resolve(line[2..]) is { } next)
            {
                Finish(cells, kernel, current);
                kernel = next;
                current = [];
            }
            else
            {
                current.Add(line);
            }
        }
        Finish(cells, kernel, current);
        if (cells.Count == 0)
            cells.Add((kernel, []));
        return ToNotebook(cells, meta ?? [], names);
    }

    private static void Finish(List<(string, List<string>)> cells, string kernel, List<string> lines)
    {
        var start = lines.FindIndex(l => l.Length > 0);
        if (start < 0)
            return;
        var end = lines.FindLastIndex(l => l.Length > 0);
        cells.Add((kernel, lines.GetRange(start, end - start + 1)));
    }

    private static Notebook ToNotebook(List<(string Kernel, List<string> Lines)> cells, JsonObject meta, PolyglotKernelNames names)
    {
        var metadata = DibMetadata.FromMeta(meta);
        var notebook = new Notebook(new JsonObject { ["metadata"] = metadata, ["nbformat"] = 4, ["nbformat_minor"] = 5 }, []);
        var defaultKernel = PolyglotCells.DefaultKernelName(notebook);
        for (var i = 0; i < cells.Count; i++)
        {
            var (kernel, lines) = cells[i];
            var source = string.Join("\n", lines);
            var id = NotebookCellIds.Stable(i, kernel, source);
            if (kernel == PolyglotKernelNames.Markdown)
            {
                notebook.Cells.Add(NotebookCell.CreateMarkdown(source, id));
                continue;
            }
            var cell = NotebookCell.CreateCode(source, id);
            // A C# cell in a C# notebook needs no language metadata; anything else records it as Polyglot does.
            if (kernel != PolyglotKernelNames.CSharp || defaultKernel != PolyglotKernelNames.CSharp)
                PolyglotCells.SetKernelName(cell, names.Normalize(kernel));
            notebook.Cells.Add(cell);
        }
        return notebook;
    }

    private static JsonObject ParseMeta(string json, string name, int metaLine)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException ex)
        {
            // An error at the end of the text is reported on the block's last line, not the marker after it.
            var blockLines = json.Count(c => c == '\n');
            var line = metaLine + Math.Clamp(1 + (int)(ex.LineNumber ?? 0), 1, Math.Max(1, blockLines));
            throw new NotebookFormatException($"{name}: line {line}: the #!meta block (line {metaLine}) is not valid JSON: {FirstSentence(ex.Message)}", ex);
        }
        if (node is not JsonObject meta)
            throw new NotebookFormatException($"{name}: line {metaLine}: #!meta must be followed by a JSON object (Polyglot writes {{\"kernelInfo\":…}})");
        if (meta.ContainsKey("kernelInfo"))
            CheckKernelInfo(meta["kernelInfo"], $"{name}: line {metaLine}: #!meta \"kernelInfo\"");
        return meta;
    }

    private static void CheckKernelInfo(JsonNode? kernelInfo, string where)
    {
        if (kernelInfo is not JsonObject info)
            throw new NotebookFormatException($"{where} must be an object");
        if (info.ContainsKey("defaultKernelName") && !IsString(info["defaultKernelName"]))
            throw new NotebookFormatException($"{where}: \"defaultKernelName\" must be a string");
        if (!info.ContainsKey("items"))
            return;
        if (info["items"] is not JsonArray items)
            throw new NotebookFormatException($"{where}: \"items\" must be a list");
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not JsonObject item || !IsString(item["name"]))
                throw new NotebookFormatException($"{where}: item {i + 1} must be an object with a \"name\" string");
            if (item.ContainsKey("aliases") && (item["aliases"] is not JsonArray aliases || !aliases.All(IsString)))
                throw new NotebookFormatException($"{where}: item {i + 1} (\"{(string?)item["name"]}\"): \"aliases\" must be a list of strings");
        }
    }

    private static bool IsString(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String;

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
