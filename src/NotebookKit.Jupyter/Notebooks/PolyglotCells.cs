using System.Text.Json.Nodes;

namespace NotebookKit.Jupyter.Notebooks;

/// <summary>
/// A cell's language the way Polyglot Notebooks records it in an .ipynb: the cell metadata
/// <c>polyglot_notebook.kernelName</c> (and, for older readers, <c>dotnet_interactive.language</c>), else the
/// notebook's <c>polyglot_notebook.kernelInfo.defaultKernelName</c>, else C#.
/// </summary>
public static class PolyglotCells
{
    public const string CSharp = PolyglotKernelNames.CSharp;

    /// <summary>The kernel a code cell is written for: <c>csharp</c>, <c>fsharp</c>, <c>html</c>…</summary>
    public static string KernelName(Notebook notebook, NotebookCell cell)
    {
        var names = PolyglotKernelNames.With(KernelInfo(notebook));
        var own = MetadataString(cell.Node["metadata"], "polyglot_notebook", "kernelName")
            ?? MetadataString(cell.Node["metadata"], "dotnet_interactive", "language");
        return names.Normalize(own ?? DefaultKernelName(notebook));
    }

    /// <summary>The notebook's default cell language (Polyglot's <c>defaultKernelName</c>), C# when none is recorded.</summary>
    public static string DefaultKernelName(Notebook notebook) =>
        PolyglotKernelNames.With(KernelInfo(notebook)).Normalize(Str(KernelInfo(notebook)?["defaultKernelName"]) ?? CSharp);

    /// <summary>
    /// The code to send to the kernel for a code cell: its source, led by a <c>#!kernel</c> line when Polyglot
    /// recorded another language for it — what Polyglot itself submits — so the kernel can act on it (an HTML
    /// cell is shown, an F# cell gets a clear error) instead of compiling it as C#.
    /// </summary>
    public static string CodeToSubmit(Notebook notebook, NotebookCell cell)
    {
        var kernel = KernelName(notebook, cell);
        if (kernel == CSharp || cell.Source.StartsWith("#!", StringComparison.Ordinal))
            return cell.Source;
        return $"#!{kernel}\n{cell.Source}";
    }

    /// <summary>Records a code cell's language as Polyglot writes it (both keys, as Polyglot does for older readers).</summary>
    public static void SetKernelName(NotebookCell cell, string kernelName)
    {
        Child(cell.Metadata, "dotnet_interactive")["language"] = kernelName;
        Child(cell.Metadata, "polyglot_notebook")["kernelName"] = kernelName;
    }

    /// <summary>
    /// True when the cell's metadata holds only the language keys Polyglot and VS Code write (a .dib's cell marker
    /// says the same, so nothing is lost).
    /// </summary>
    internal static bool HasOnlyLanguageMetadata(NotebookCell cell)
    {
        foreach (var (key, value) in cell.Metadata)
        {
            var expected = key switch { "dotnet_interactive" => "language", "polyglot_notebook" => "kernelName", "vscode" => "languageId", _ => null };
            if (expected is null || value is not JsonObject inner || inner.Count != 1 || !inner.ContainsKey(expected))
                return false;
        }
        return true;
    }

    internal static JsonObject? KernelInfo(Notebook notebook) =>
        notebook.Metadata["polyglot_notebook"] is JsonObject polyglot ? polyglot["kernelInfo"] as JsonObject : null;

    private static JsonObject Child(JsonObject parent, string key) =>
        parent[key] as JsonObject ?? (JsonObject)(parent[key] = new JsonObject());

    private static string? MetadataString(JsonNode? metadata, string outer, string inner) =>
        metadata is JsonObject m && m[outer] is JsonObject o ? Str(o[inner]) : null;

    private static string? Str(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
