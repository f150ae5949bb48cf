using System.Text.Json.Nodes;

namespace NotebookKit.Jupyter.Notebooks;

/// <summary>
/// The kernel names (and their aliases) that mark a cell's language in Polyglot: <c>#!csharp</c>, <c>#!c#</c>,
/// <c>#!markdown</c>… A standard Polyglot session knows these; a file's <c>kernelInfo</c> (its <c>#!meta</c>
/// in a .dib, <c>metadata.polyglot_notebook</c> in an .ipynb) adds the kernels it connected, e.g. <c>sql-mydb</c>.
/// Other <c>#!</c> lines (<c>#!time</c>, <c>#!import</c>, <c>#!who</c>) are magic commands, not cell markers.
/// </summary>
internal sealed class PolyglotKernelNames
{
    public const string CSharp = "csharp";
    public const string Markdown = "markdown";

    // The kernels dotnet-interactive 1.0 starts for Polyglot Notebooks, with the aliases it registers.
    private static readonly (string Name, string[] Aliases)[] Standard =
    [
        (CSharp, ["c#", "C#", "cs"]), ("fsharp", ["f#", "F#", "fs"]), ("pwsh", ["powershell"]), ("javascript", ["js"]),
        ("html", []), ("mermaid", []), (Markdown, ["md"]), ("value", []), ("http", []), ("sql", []), ("kql", []),
    ];

    private readonly Dictionary<string, string> _byAlias = new(StringComparer.Ordinal);

    private PolyglotKernelNames()
    {
        foreach (var (name, aliases) in Standard)
            Add(name, aliases);
    }

    /// <summary>The standard kernels plus those in <paramref name="kernelInfo"/>, if any.</summary>
    public static PolyglotKernelNames With(JsonObject? kernelInfo)
    {
        var names = new PolyglotKernelNames();
        if (kernelInfo?["items"] is JsonArray items)
            foreach (var item in items.OfType<JsonObject>())
                if (Str(item["name"]) is { } name)
                    names.Add(name, item["aliases"] is JsonArray aliases ? aliases.Select(Str).OfType<string>() : []);
        return names;
    }

    /// <summary>The kernel a <c>#!</c> line names (alias resolved), or null when the line is a magic command.</summary>
    public string? Resolve(string nameOrAlias) => _byAlias.GetValueOrDefault(nameOrAlias);

    /// <summary>A known name or alias resolves to its kernel; an unknown one stays as written.</summary>
    public string Normalize(string nameOrAlias) => Resolve(nameOrAlias) ?? nameOrAlias;

    private void Add(string name, IEnumerable<string> aliases)
    {
        _byAlias[name] = name;
        foreach (var alias in aliases)
            _byAlias.TryAdd(alias, name);
    }

    private static string? Str(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
