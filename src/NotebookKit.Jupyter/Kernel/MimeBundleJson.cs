using System.Text.Json;
using System.Text.Json.Nodes;
using NotebookKit.Display;
using NotebookKit.Jupyter.Protocol;

namespace NotebookKit.Jupyter.Kernel;

/// <summary>A <see cref="MimeBundle"/> as the <c>data</c>/<c>metadata</c> of an output: JSON mimes as JSON, the rest as strings.</summary>
internal static class MimeBundleJson
{
    public static JsonObject Data(MimeBundle bundle)
    {
        var data = new JsonObject();
        foreach (var (mime, content) in bundle)
            data[mime] = MimeTypes.IsJson(mime) ? AsJson(content) : SegmentedString.Create(content as string ?? content?.ToString() ?? "");
        return data;
    }

    public static JsonObject Metadata(MimeBundle bundle)
    {
        var metadata = new JsonObject();
        foreach (var (mime, value) in bundle.Metadata)
            metadata[mime] = value?.DeepClone();
        return metadata;
    }

    private static JsonNode? AsJson(object content)
    {
        switch (content)
        {
            case JsonNode node:
                return node.DeepClone();
            case string text:
                try
                {
                    return JsonNode.Parse(text);
                }
                catch (JsonException)
                {
                    return JsonValue.Create(text);
                }
            default:
                return JsonSerializer.SerializeToNode(content, content.GetType());
        }
    }
}
