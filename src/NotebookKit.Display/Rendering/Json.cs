using System.Text.Json.Nodes;

namespace NotebookKit.Display.Rendering;

/// <summary>JSON helpers for figures: NaN and ∞ become null (JSON has no such numbers; Plotly leaves a gap).</summary>
internal static class Json
{
    public static JsonNode? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;

    public static JsonArray Numbers(IEnumerable<double> values) => [.. values.Select(Number)];

    public static JsonArray Ints(IEnumerable<int> values) => [.. values.Select(v => (JsonNode)JsonValue.Create(v))];

    public static JsonArray Strings(IEnumerable<string> values) => [.. values.Select(v => (JsonNode)JsonValue.Create(v))];

    public static JsonObject Title(string text) => new() { ["text"] = text };

    public static JsonObject Axis(string title, JsonArray? domain = null, string? anchor = null)
    {
        var axis = new JsonObject { ["title"] = Title(title), ["zeroline"] = false, ["gridcolor"] = "#e5e7eb" };
        if (domain is not null) axis["domain"] = domain;
        if (anchor is not null) axis["anchor"] = anchor;
        return axis;
    }
}
