using System.Text.Json.Nodes;

namespace NotebookKit.Jupyter.Notebooks;

/// <summary>
/// What nbformat's <c>writes</c> + <c>write</c> do: split multi-line strings into line lists, drop transient
/// fields, give 4.5+ cells an id when one is missing (nbformat's validate does), serialize like
/// <c>json.dumps(indent=1, sort_keys=True, ensure_ascii=False)</c> and end with a newline.
/// </summary>
internal static class NotebookWriter
{
    private static readonly HashSet<string> NonTextSplitMimes = ["application/javascript", "image/svg+xml"];

    public static string Write(JsonObject root, IEnumerable<NotebookCell> cells)
    {
        var doc = (JsonObject)root.DeepClone();
        var cellArray = new JsonArray();
        var giveIds = (int?)doc["nbformat"] == 4 && (int?)doc["nbformat_minor"] >= 5;
        foreach (var cell in cells)
        {
            var node = cell.ToJson();
            SplitCell(node);
            if (node["metadata"] is JsonObject metadata)
                metadata.Remove("trusted");
            if (giveIds && node["id"] is null)
                node["id"] = NotebookCellIds.Random();
            cellArray.Add(node);
        }
        doc["cells"] = cellArray;
        if (doc["metadata"] is JsonObject notebookMetadata)
            NotebookReader.StripTransient(notebookMetadata);
        return PythonJsonWriter.Serialize(doc) + "\n";
    }

    private static void SplitCell(JsonObject cell)
    {
        if (cell["source"] is JsonValue source && source.TryGetValue<string>(out var text))
            cell["source"] = Lines(text);
        if (cell["attachments"] is JsonObject attachments)
            foreach (var (_, bundle) in attachments)
                if (bundle is JsonObject data)
                    SplitBundle(data);
        if ((string?)cell["cell_type"] != NotebookCell.Code || cell["outputs"] is not JsonArray outputs)
            return;
        foreach (var output in outputs.OfType<JsonObject>())
        {
            var type = (string?)output["output_type"];
            if (type is NotebookOutput.ExecuteResult or NotebookOutput.DisplayData && output["data"] is JsonObject data)
                SplitBundle(data);
            else if (type == NotebookOutput.Stream && output["text"] is JsonValue t && t.TryGetValue<string>(out var streamText))
                output["text"] = Lines(streamText);
        }
    }

    private static void SplitBundle(JsonObject data)
    {
        foreach (var key in data.Select(p => p.Key).ToList())
            if (data[key] is JsonValue v && v.TryGetValue<string>(out var s) && (key.StartsWith("text/", StringComparison.Ordinal) || NonTextSplitMimes.Contains(key)))
                data[key] = Lines(s);
    }

    private static JsonArray Lines(string text) => new(PythonLines.SplitKeepEnds(text).Select(l => (JsonNode?)JsonValue.Create(l)).ToArray());
}
