using System.Text.Json.Nodes;

namespace NotebookKit.Jupyter.Notebooks;

/// <summary>
/// One output of a code cell, backed by its JSON object so fields we don't model survive a round trip.
/// Multi-line text is held joined (as nbformat holds it in memory); the writer splits it into lines again.
/// </summary>
public sealed class NotebookOutput
{
    public const string Stream = "stream";
    public const string DisplayData = "display_data";
    public const string ExecuteResult = "execute_result";
    public const string Error = "error";

    internal NotebookOutput(JsonObject node) => Node = node;

    /// <summary>The output's JSON object, every field included.</summary>
    public JsonObject Node { get; }

    public string OutputType => (string?)Node["output_type"] ?? "";

    /// <summary>stdout or stderr, for stream outputs.</summary>
    public string? Name => (string?)Node["name"];

    /// <summary>The text of a stream output.</summary>
    public string? Text
    {
        get => (string?)Node["text"];
        set => Node["text"] = value;
    }

    /// <summary>The mime bundle of display_data and execute_result outputs.</summary>
    public JsonObject? Data => Node["data"] as JsonObject;

    public JsonObject? Metadata => Node["metadata"] as JsonObject;

    public int? ExecutionCount => (int?)Node["execution_count"];

    public string? ErrorName => (string?)Node["ename"];
    public string? ErrorValue => (string?)Node["evalue"];

    public IReadOnlyList<string> Traceback =>
        Node["traceback"] is JsonArray lines ? lines.Select(l => (string?)l ?? "").ToList() : [];

    /// <summary>The text of a mime type in <see cref="Data"/>, or null; JSON mimes come back as JSON text.</summary>
    public string? GetText(string mimeType) => Data?[mimeType] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonNode other => other.ToJsonString(),
    };

    public static NotebookOutput CreateStream(string name, string text) => new(new JsonObject
    {
        ["name"] = name,
        ["output_type"] = Stream,
        ["text"] = text,
    });

    public static NotebookOutput CreateDisplayData(JsonObject data, JsonObject? metadata = null) => new(new JsonObject
    {
        ["data"] = data,
        ["metadata"] = metadata ?? new JsonObject(),
        ["output_type"] = DisplayData,
    });

    public static NotebookOutput CreateExecuteResult(int? executionCount, JsonObject data, JsonObject? metadata = null) => new(new JsonObject
    {
        ["data"] = data,
        ["execution_count"] = executionCount,
        ["metadata"] = metadata ?? new JsonObject(),
        ["output_type"] = ExecuteResult,
    });

    public static NotebookOutput CreateError(string ename, string evalue, IEnumerable<string> traceback) => new(new JsonObject
    {
        ["ename"] = ename,
        ["evalue"] = evalue,
        ["output_type"] = Error,
        ["traceback"] = new JsonArray(traceback.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray()),
    });

    internal JsonObject ToJson() => (JsonObject)Node.DeepClone();
}
