using System.Text.Json.Nodes;

namespace NotebookKit.Jupyter.Notebooks;

/// <summary>
/// One cell (code, markdown or raw), backed by its JSON object so unknown fields — attachments, ids, tool
/// metadata — survive. The source is held joined into one string, as nbformat holds it in memory.
/// </summary>
public sealed class NotebookCell
{
    public const string Code = "code";
    public const string Markdown = "markdown";
    public const string Raw = "raw";

    internal NotebookCell(JsonObject node, List<NotebookOutput>? outputs)
    {
        Node = node;
        Outputs = outputs ?? [];
    }

    /// <summary>The cell's JSON object without its outputs (those live in <see cref="Outputs"/>).</summary>
    public JsonObject Node { get; }

    public string CellType => (string?)Node["cell_type"] ?? "";

    public bool IsCode => CellType == Code;

    public string? Id => (string?)Node["id"];

    public string Source
    {
        get => (string?)Node["source"] ?? "";
        set => Node["source"] = value;
    }

    public JsonObject Metadata => Node["metadata"] as JsonObject ?? (JsonObject)(Node["metadata"] = new JsonObject());

    /// <summary>The execution count of a code cell; null when not run.</summary>
    public int? ExecutionCount
    {
        get => (int?)Node["execution_count"];
        set => Node["execution_count"] = value;
    }

    /// <summary>The outputs of a code cell; always empty for markdown and raw cells.</summary>
    public List<NotebookOutput> Outputs { get; }

    public static NotebookCell CreateCode(string source, string? id = null) => Create(Code, source, id);
    public static NotebookCell CreateMarkdown(string source, string? id = null) => Create(Markdown, source, id);

    private static NotebookCell Create(string type, string source, string? id)
    {
        var node = new JsonObject { ["cell_type"] = type, ["metadata"] = new JsonObject(), ["source"] = source };
        if (id is not null)
            node["id"] = id;
        if (type == Code)
            node["execution_count"] = null;
        return new NotebookCell(node, null);
    }

    internal JsonObject ToJson()
    {
        var node = (JsonObject)Node.DeepClone();
        if (IsCode)
            node["outputs"] = new JsonArray(Outputs.Select(o => (JsonNode?)o.ToJson()).ToArray());
        return node;
    }

    internal NotebookCell Clone() => new((JsonObject)Node.DeepClone(), Outputs.Select(o => new NotebookOutput(o.ToJson())).ToList());
}
