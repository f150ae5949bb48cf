using System.Text.Json.Nodes;

namespace NotebookKit.Jupyter.Notebooks;

/// <summary>
/// Maps a .dib's <c>#!meta</c> object to notebook metadata and back, so nothing is lost either way:
/// <c>kernelInfo</c> ↔ <c>metadata.polyglot_notebook.kernelInfo</c> (where Polyglot keeps it in an .ipynb), every
/// other key ↔ the notebook metadata key of the same name (Polyglot merges <c>#!meta</c> into the document's
/// metadata wholesale). A notebook read from a .dib gets NotebookKit's kernelspec and language_info so Jupyter
/// can run it; written back to .dib, those two are left out again when they are exactly that default.
/// </summary>
internal static class DibMetadata
{
    private const string Polyglot = "polyglot_notebook";
    private const string KernelInfo = "kernelInfo";

    private static JsonObject DefaultKernelspec() => new()
    {
        ["display_name"] = Kernel.KernelIdentity.DisplayName,
        ["language"] = Kernel.KernelIdentity.Language,
        ["name"] = Kernel.KernelIdentity.KernelName,
    };

    private static JsonObject DefaultLanguageInfo() => new()
    {
        ["file_extension"] = ".cs",
        ["mimetype"] = "text/x-csharp",
        ["name"] = Kernel.KernelIdentity.Language,
        ["pygments_lexer"] = "csharp",
    };

    public static JsonObject FromMeta(JsonObject meta)
    {
        var metadata = new JsonObject();
        foreach (var (key, value) in meta)
            if (key != KernelInfo)
                metadata[key] = value?.DeepClone();
        if (meta[KernelInfo] is { } kernelInfo)
        {
            var polyglot = metadata[Polyglot] as JsonObject ?? new JsonObject();
            polyglot[KernelInfo] = kernelInfo.DeepClone();
            metadata[Polyglot] = polyglot;
        }
        if (!metadata.ContainsKey("kernelspec"))
            metadata["kernelspec"] = DefaultKernelspec();
        if (!metadata.ContainsKey("language_info"))
            metadata["language_info"] = DefaultLanguageInfo();
        return metadata;
    }

    public static JsonObject ToMeta(JsonObject metadata)
    {
        var meta = new JsonObject();
        if (metadata[Polyglot] is JsonObject polyglot && polyglot[KernelInfo] is { } kernelInfo)
            meta[KernelInfo] = kernelInfo is JsonObject info ? InPolyglotOrder(info) : kernelInfo.DeepClone();
        foreach (var (key, value) in metadata)
        {
            if (key == Polyglot && value is JsonObject p)
            {
                var rest = new JsonObject(p.Where(e => e.Key != KernelInfo).Select(e => KeyValuePair.Create(e.Key, e.Value?.DeepClone())));
                if (rest.Count > 0 || !p.ContainsKey(KernelInfo))
                    meta[key] = rest;
            }
            else if (!(key == "kernelspec" && JsonNode.DeepEquals(value, DefaultKernelspec()))
                  && !(key == "language_info" && JsonNode.DeepEquals(value, DefaultLanguageInfo())))
            {
                meta[key] = value?.DeepClone();
            }
        }
        return meta;
    }

    /// <summary>Polyglot's serializer writes defaultKernelName, items; each item name, languageName, aliases.</summary>
    private static JsonObject InPolyglotOrder(JsonObject kernelInfo)
    {
        var ordered = Ordered(kernelInfo, "defaultKernelName", "items");
        if (ordered["items"] is JsonArray items)
            for (var i = 0; i < items.Count; i++)
                if (items[i] is JsonObject item)
                    items[i] = Ordered(item, "name", "languageName", "aliases");
        return ordered;
    }

    private static JsonObject Ordered(JsonObject source, params string[] first)
    {
        var result = new JsonObject();
        foreach (var key in first.Where(source.ContainsKey).Concat(source.Select(e => e.Key).Where(k => !first.Contains(k))))
            result[key] = source[key]?.DeepClone();
        return result;
    }
}
