using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookKit.Jupyter.Notebooks;

/// <summary>
/// Reads an nbformat 3 notebook and upgrades it to nbformat 4.5 step for step as nbformat does
/// (<c>v3.to_notebook_json</c>, then <c>v4.convert.upgrade</c>): worksheets flattened, <c>input</c> →
/// <c>source</c>, <c>prompt_number</c> → <c>execution_count</c>, heading cells → Markdown headings, pyout/pyerr →
/// execute_result/error, v3 output keys (<c>text</c>, <c>png</c>…) → mime types. The result then goes through
/// the nbformat 4 checks, so <c>notebookkit clear</c> writes what <c>nbconvert --clear-output</c> writes.
/// </summary>
internal static class NbformatV3
{
    /// <summary>v3's <c>_multiline_outputs</c>: the output keys its reader joins from line lists.</summary>
    private static readonly string[] MultilineOutputKeys = ["text", "html", "svg", "latex", "javascript", "json"];

    /// <summary>v4's <c>_mime_map</c>, in its order (the order matters when an alias and its mime type both appear).</summary>
    private static readonly (string Alias, string Mime)[] MimeMap =
    [
        ("text", "text/plain"), ("html", "text/html"), ("svg", "image/svg+xml"), ("png", "image/png"),
        ("jpeg", "image/jpeg"), ("latex", "text/latex"), ("json", "application/json"), ("javascript", "application/javascript"),
    ];

    /// <summary>Upgrades <paramref name="root"/> in place; <paramref name="name"/> starts every error message.</summary>
    public static void Upgrade(JsonObject root, string name)
    {
        if (!root.ContainsKey("nbformat_minor"))
            throw new NotebookFormatException($"{name}: an nbformat 3 notebook needs \"nbformat_minor\"");
        if (root["metadata"] is not JsonObject metadata)
            throw new NotebookFormatException($"{name}: \"metadata\" must be an object");
        if (root["worksheets"] is not JsonArray worksheets)
            throw new NotebookFormatException($"{name}: an nbformat 3 notebook needs a \"worksheets\" list");

        root.Remove("orig_nbformat");
        root.Remove("orig_nbformat_minor");
        root["nbformat"] = 4;
        root["nbformat_minor"] = 5;
        var cells = new JsonArray();
        for (var w = 0; w < worksheets.Count; w++)
        {
            var where = worksheets.Count == 1 ? name : $"{name}: worksheet {w + 1}";
            if (worksheets[w] is not JsonObject worksheet || worksheet["cells"] is not JsonArray wsCells)
                throw new NotebookFormatException($"{where}: a worksheet must be an object with a \"cells\" list");
            foreach (var node in wsCells.ToList())
            {
                wsCells.Remove(node);
                if (node is not JsonObject cell)
                    throw new NotebookFormatException($"{where}: cell {cells.Count + 1}: must be an object");
                var cellWhere = $"{where}: cell {cells.Count + 1}";
                cells.Add(UpgradeCell(RejoinLines(cell, cellWhere), cellWhere));
            }
        }
        root.Remove("worksheets");
        root["cells"] = cells;
        metadata.Remove("name");
        metadata.Remove("signature");
    }

    /// <summary>v3's <c>rejoin_lines</c>: only the fields it names, with its <c>_join_lines</c> rule.</summary>
    private static JsonObject RejoinLines(JsonObject cell, string where)
    {
        if ((string?)Str(cell["cell_type"]) == NotebookCell.Code)
        {
            if (cell["input"] is JsonArray input)
                cell["input"] = JoinLines(input, where);
            if (cell["outputs"] is JsonArray outputs)
                foreach (var output in outputs.OfType<JsonObject>())
                    foreach (var key in MultilineOutputKeys)
                        if (output[key] is JsonArray lines)
                            output[key] = JoinLines(lines, where);
        }
        else
        {
            foreach (var key in new[] { "source", "rendered" })
                if (cell[key] is JsonArray lines)
                    cell[key] = JoinLines(lines, where);
        }
        return cell;
    }

    /// <summary>Lines written by <c>splitlines(True)</c> are concatenated; by <c>splitlines()</c>, joined with \n.</summary>
    private static string JoinLines(JsonArray lines, string where)
    {
        var strings = lines.Select(l => Str(l) ?? throw new NotebookFormatException($"{where}: a list of lines must hold only strings")).ToList();
        return strings.Count > 0 && (strings[0].EndsWith('\n') || strings[0].EndsWith('\r'))
            ? string.Concat(strings)
            : string.Join("\n", strings);
    }

    private static JsonObject UpgradeCell(JsonObject cell, string where)
    {
        if (!cell.ContainsKey("metadata"))
            cell["metadata"] = new JsonObject();
        cell["id"] = NotebookCellIds.Random();
        switch (Str(cell["cell_type"]))
        {
            case NotebookCell.Code:
                cell.Remove("language");
                if (cell.ContainsKey("collapsed"))
                {
                    var collapsed = cell["collapsed"];
                    cell.Remove("collapsed");
                    if (cell["metadata"] is not JsonObject metadata)
                        throw new NotebookFormatException($"{where}: \"metadata\" must be an object");
                    metadata["collapsed"] = collapsed;
                }
                cell["source"] = Take(cell, "input") ?? "";
                cell["execution_count"] = Take(cell, "prompt_number");
                if (cell["outputs"] is not JsonArray outputs)
                    throw new NotebookFormatException($"{where}: a code cell needs an \"outputs\" list");
                for (var i = 0; i < outputs.Count; i++)
                    if (outputs[i] is JsonObject output)
                        UpgradeOutput(output, $"{where}: output {i + 1}");
                break;
            case "heading":
                cell["cell_type"] = NotebookCell.Markdown;
                var level = cell.ContainsKey("level") ? Take(cell, "level") : 1;
                if (level is not JsonValue levelValue || !levelValue.TryGetValue<int>(out var hashes) && !(levelValue.TryGetValue<JsonElement>(out var e) && e.TryGetInt32(out hashes)))
                    throw new NotebookFormatException($"{where}: a heading's \"level\" must be an integer");
                var source = Str(cell["source"]) ?? (cell["source"] is null ? "" : throw new NotebookFormatException($"{where}: \"source\" must be a string"));
                cell["source"] = new string('#', Math.Max(0, hashes)) + " " + string.Join(" ", PythonLines.Split(source));
                break;
            case "html":
                cell["cell_type"] = NotebookCell.Markdown;
                break;
        }
        return cell;
    }

    /// <summary>v4's <c>upgrade_output</c>.</summary>
    private static void UpgradeOutput(JsonObject output, string where)
    {
        switch (Str(output["output_type"]))
        {
            case "pyout" or NotebookOutput.DisplayData:
                if (!output.ContainsKey("metadata"))
                    output["metadata"] = new JsonObject();
                if (Str(output["output_type"]) == "pyout")
                {
                    output["output_type"] = NotebookOutput.ExecuteResult;
                    output["execution_count"] = Take(output, "prompt_number");
                }
                var data = new JsonObject();
                foreach (var key in output.Select(p => p.Key).ToList())
                    if (key is not ("output_type" or "execution_count" or "metadata"))
                        data[key] = Take(output, key);
                ToMimeKeys(data);
                output["data"] = data;
                if (output["metadata"] is JsonObject metadata)
                    ToMimeKeys(metadata);
                if (data.ContainsKey("application/json"))
                    data["application/json"] = ParseJsonOutput(data["application/json"], where);
                break;
            case "pyerr":
                output["output_type"] = NotebookOutput.Error;
                break;
            case NotebookOutput.Stream:
                output["name"] = output.ContainsKey("stream") ? Take(output, "stream") : "stdout";
                break;
        }
    }

    private static void ToMimeKeys(JsonObject d)
    {
        foreach (var (alias, mime) in MimeMap)
            if (d.ContainsKey(alias))
                d[mime] = Take(d, alias);
    }

    /// <summary>v3 stored JSON output as JSON text; v4 stores the value (<c>json.loads</c>).</summary>
    private static JsonNode? ParseJsonOutput(JsonNode? text, string where)
    {
        var s = Str(text) ?? throw new NotebookFormatException($"{where}: v3 \"json\" output must be a string of JSON");
        try
        {
            return JsonNode.Parse(s);
        }
        catch (JsonException ex)
        {
            throw new NotebookFormatException($"{where}: v3 \"json\" output is not valid JSON: {ex.Message}", ex);
        }
    }

    /// <summary>Python's <c>dict.pop(key)</c>: the value, detached so it can move to another parent.</summary>
    private static JsonNode? Take(JsonObject o, string key)
    {
        o.Remove(key, out var value);
        return value;
    }

    private static string? Str(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
