using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookKit.Jupyter.Notebooks;

/// <summary>
/// Parses and checks nbformat 4 JSON (nbformat 3 is first upgraded as nbformat does, see <see cref="NbformatV3"/>),
/// then does what nbformat's reader does in memory: joins line lists into strings (sources, stream text, text
/// mimes) and drops transient fields. Errors name the file and the place.
/// </summary>
internal static class NotebookReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 256 };
    private static readonly HashSet<string> CellTypes = [NotebookCell.Code, NotebookCell.Markdown, NotebookCell.Raw];
    private static readonly HashSet<string> OutputTypes = [NotebookOutput.Stream, NotebookOutput.DisplayData, NotebookOutput.ExecuteResult, NotebookOutput.Error];

    public static Notebook Parse(string json, string name)
    {
        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(json, documentOptions: Options);
        }
        catch (JsonException ex)
        {
            throw new NotebookFormatException($"{name}: not valid JSON at line {(ex.LineNumber ?? 0) + 1}: {FirstSentence(ex.Message)}", ex);
        }
        catch (ArgumentException ex)
        {
            // JsonObject throws this for a key that appears twice.
            throw new NotebookFormatException($"{name}: not valid JSON: {ex.Message}", ex);
        }
        if (parsed is not JsonObject root)
            throw new NotebookFormatException($"{name}: the top level must be a JSON object");

        var major = Integer(root["nbformat"]);
        if (major is null)
            throw new NotebookFormatException($"{name}: line {JsonPropertyLine.Find(json, "nbformat")}: \"nbformat\" must be an integer");
        if (major is not (3 or 4))
            throw new NotebookFormatException($"{name}: line {JsonPropertyLine.Find(json, "nbformat")}: nbformat {major} is not supported; NotebookKit reads nbformat 3 and 4"
                + (major < 3 ? " (`jupyter nbconvert --to notebook` upgrades older files)" : ""));
        // nbformat 3 is upgraded as nbformat does; its text fields are joined by v3's own rules, not v4's.
        var upgraded = major == 3;
        if (upgraded)
            NbformatV3.Upgrade(root, name);
        if (Integer(root["nbformat_minor"]) is null)
            throw new NotebookFormatException($"{name}: \"nbformat_minor\" must be an integer");
        if (root["metadata"] is not JsonObject metadata)
            throw new NotebookFormatException($"{name}: \"metadata\" must be an object");
        if (root["cells"] is not JsonArray cellArray)
            throw new NotebookFormatException($"{name}: \"cells\" must be a list");

        var cells = new List<NotebookCell>(cellArray.Count);
        for (var i = 0; i < cellArray.Count; i++)
            cells.Add(ReadCell(cellArray[i], $"{name}: cell {i + 1}", rejoin: !upgraded));

        root.Remove("cells");
        StripTransient(metadata);
        return new Notebook(root, cells);
    }

    private static NotebookCell ReadCell(JsonNode? node, string where, bool rejoin)
    {
        if (node is not JsonObject cell)
            throw new NotebookFormatException($"{where}: must be an object");
        var type = String(cell["cell_type"]);
        if (type is null || !CellTypes.Contains(type))
            throw new NotebookFormatException($"{where}: \"cell_type\" must be \"code\", \"markdown\" or \"raw\"");
        if (cell["metadata"] is not JsonObject metadata)
            throw new NotebookFormatException($"{where}: \"metadata\" must be an object");
        cell["source"] = JoinText(cell["source"], $"{where}: \"source\"") ?? throw new NotebookFormatException($"{where}: \"source\" must be a string or a list of strings");
        metadata.Remove("trusted");

        if (rejoin && cell["attachments"] is JsonObject attachments)
            foreach (var (key, bundle) in attachments)
                if (bundle is JsonObject data)
                    JoinBundle(data);

        if (type != NotebookCell.Code)
            return new NotebookCell(cell, null);

        if (cell["execution_count"] is { } count && Integer(count) is null)
            throw new NotebookFormatException($"{where}: \"execution_count\" must be an integer or null");
        if (cell["outputs"] is not JsonArray outputArray)
            throw new NotebookFormatException($"{where}: \"outputs\" must be a list");
        var outputs = new List<NotebookOutput>(outputArray.Count);
        for (var j = 0; j < outputArray.Count; j++)
            outputs.Add(ReadOutput(outputArray[j], $"{where}: output {j + 1}", rejoin));
        cell.Remove("outputs");
        // Detach the output objects from the array so they can be re-parented when written.
        outputArray.Clear();
        return new NotebookCell(cell, outputs);
    }

    private static NotebookOutput ReadOutput(JsonNode? node, string where, bool rejoin)
    {
        if (node is not JsonObject output)
            throw new NotebookFormatException($"{where}: must be an object");
        var type = String(output["output_type"]);
        if (type is null || !OutputTypes.Contains(type))
            throw new NotebookFormatException($"{where}: \"output_type\" must be one of stream, display_data, execute_result, error");
        switch (type)
        {
            case NotebookOutput.Stream:
                if (String(output["name"]) is null)
                    throw new NotebookFormatException($"{where}: a stream needs a \"name\" string");
                output["text"] = JoinText(output["text"], $"{where}: \"text\"") ?? throw new NotebookFormatException($"{where}: \"text\" must be a string or a list of strings");
                break;
            case NotebookOutput.DisplayData or NotebookOutput.ExecuteResult:
                if (output["data"] is not JsonObject data)
                    throw new NotebookFormatException($"{where}: \"data\" must be an object");
                if (rejoin)
                    JoinBundle(data);
                break;
            case NotebookOutput.Error:
                if (output["traceback"] is not JsonArray)
                    throw new NotebookFormatException($"{where}: \"traceback\" must be a list");
                break;
        }
        return new NotebookOutput(output);
    }

    /// <summary>A string stays; a list of strings is joined; anything else is null.</summary>
    private static string? JoinText(JsonNode? node, string where) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonArray lines => string.Concat(lines.Select(l => String(l) ?? throw new NotebookFormatException($"{where} must hold only strings"))),
        _ => null,
    };

    /// <summary>nbformat's <c>_rejoin_mimebundle</c>: line lists of non-JSON mimes become one string.</summary>
    private static void JoinBundle(JsonObject data)
    {
        foreach (var key in data.Select(p => p.Key).ToList())
        {
            if (IsJsonMime(key) || data[key] is not JsonArray lines || !lines.All(l => String(l) is not null))
                continue;
            data[key] = string.Concat(lines.Select(l => String(l)));
        }
    }

    internal static bool IsJsonMime(string mime) =>
        mime == "application/json" || (mime.StartsWith("application/", StringComparison.Ordinal) && mime.EndsWith("+json", StringComparison.Ordinal));

    internal static void StripTransient(JsonObject metadata)
    {
        metadata.Remove("orig_nbformat");
        metadata.Remove("orig_nbformat_minor");
        metadata.Remove("signature");
    }

    private static string? String(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static long? Integer(JsonNode? node)
    {
        if (node is not JsonValue v || v.GetValueKind() != JsonValueKind.Number)
            return null;
        return v.TryGetValue<JsonElement>(out var e) ? (e.TryGetInt64(out var l) ? l : null)
            : v.TryGetValue<int>(out var i) ? i : v.TryGetValue<long>(out var l2) ? l2 : null;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
