using System.Text.RegularExpressions;

namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// Reads the Polyglot-era lines of a cell. Kernel choosers split it into parts run in order: <c>#!csharp</c>/<c>#!c#</c>
/// (C#), <c>#!markdown</c>, <c>#!html</c>, <c>#!javascript</c>/<c>#!js</c> (shown as they are), <c>#!value</c> (the text
/// as a string variable); a chooser of another language (<c>#!fsharp</c>, <c>#!pwsh</c>, <c>#!sql</c>…) is one clear
/// error. Line magics inside C#: <c>#!time</c>, <c>#!who</c>, <c>#!whos</c>, <c>#!lsmagic</c>, <c>#!about</c>,
/// <c>#!import path</c>. <c>#r "nuget: Id, Version"</c> lines are collected for restore, <c>#i "nuget: feed"</c> lines add a feed. Handled lines are blanked,
/// not removed, and every C# part keeps the lines before it blank, so line numbers in errors stay the user's.
/// </summary>
internal sealed partial record CellMagics(string Code, bool Timed, IReadOnlyList<NuGetReference> Packages, string? Error)
{
    /// <summary>Package feeds from <c>#i "nuget: …"</c> lines, added before this cell's packages restore.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>The cell's parts in the order they run; a plain C# cell is one <see cref="CellPart.CSharp"/>.</summary>
    public IReadOnlyList<CellPart> Parts { get; init; } = [new CellPart.CSharp(Code)];

    /// <summary>The magics NotebookKit runs, for <c>#!lsmagic</c> and for the error naming an unknown one.</summary>
    public static readonly string[] Supported =
    [
        "#!csharp", "#!c#", "#!markdown", "#!html", "#!javascript", "#!js", "#!value", "#!time", "#!import",
        "#!who", "#!whos", "#!lsmagic", "#!about",
    ];

    private static readonly Dictionary<string, string> OtherLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["#!fsharp"] = "F#", ["#!f#"] = "F#", ["#!pwsh"] = "PowerShell", ["#!powershell"] = "PowerShell",
        ["#!sql"] = "SQL", ["#!kql"] = "KQL (Kusto)", ["#!mermaid"] = "Mermaid", ["#!http"] = "HTTP",
        ["#!python"] = "Python", ["#!r"] = "R", ["#!typescript"] = "TypeScript", ["#!vscode"] = "VS Code host",
        ["#!kusto"] = "KQL (Kusto)", ["#!mssql"] = "SQL", ["#!spiral"] = "Spiral",
    };

    public static CellMagics Parse(string code)
    {
        var lines = code.Split('\n');
        var timed = false;
        var packages = new List<NuGetReference>();
        var sources = new List<string>();
        var parts = new List<CellPart>();
        var kind = "csharp";
        var start = 0;
        string[]? chooserArguments = null;

        void Close(int end)
        {
            if (kind == "csharp")
            {
                var text = string.Join('\n', lines.Select((l, i) => i >= start && i < end ? l : (l.EndsWith('\r') ? "\r" : "")).Take(end));
                if (text.Any(c => !char.IsWhiteSpace(c)))
                    parts.Add(new CellPart.CSharp(text));
            }
            else
            {
                var text = string.Join('\n', lines[start..end]).TrimEnd('\r', '\n');
                parts.Add(kind == "value" ? ValuePart(text, chooserArguments!) : new CellPart.Show(kind, text));
            }
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (kind == "csharp" && SourceLine().Match(line) is { Success: true } source)
            {
                sources.Add(source.Groups["source"].Value.Trim());
                lines[i] = lines[i].EndsWith('\r') ? "\r" : "";
                continue;
            }
            if (kind == "csharp" && !line.StartsWith("#!", StringComparison.Ordinal))
            {
                var nuget = NuGetLine().Match(line);
                if (!nuget.Success)
                    continue;
                var id = nuget.Groups["id"].Value.Trim();
                var version = nuget.Groups["version"].Success ? nuget.Groups["version"].Value.Trim() : null;
                if (id.Length == 0)
                    return Failed(code, $"(line {i + 1}) #r \"nuget: …\" needs a package id, as in #r \"nuget: Newtonsoft.Json, 13.0.3\".");
                packages.Add(new NuGetReference(id, string.IsNullOrEmpty(version) ? null : version, nuget.Groups["reference"].Value));
                continue;
            }
            if (!line.StartsWith("#!", StringComparison.Ordinal))
                continue;
            var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var magic = words[0];
            if (OtherLanguages.TryGetValue(magic, out var language))
                return Failed(code, $"(line {i + 1}) '{magic}' is not supported: this cell is {language}, and NotebookKit's kernel runs C# only. "
                    + $"Rewrite the cell in C#, or run this notebook in a kernel for {language}.");
            var chooser = magic.ToLowerInvariant() switch
            {
                "#!csharp" or "#!c#" => "csharp",
                "#!markdown" or "#!md" => "markdown",
                "#!html" => "html",
                "#!javascript" or "#!js" => "javascript",
                "#!value" => "value",
                _ => null,
            };
            if (chooser is not null)
            {
                Close(i);
                kind = chooser;
                chooserArguments = words[1..];
                start = i + 1;
                continue;
            }
            if (kind != "csharp")
                continue; // inside Markdown or HTML a '#!' line is content
            switch (magic)
            {
                case "#!time":
                    timed = true;
                    break;
                case "#!who" or "#!whos" or "#!lsmagic" or "#!about":
                    Close(i);
                    parts.Add(new CellPart.Info(magic));
                    start = i + 1;
                    break;
                case "#!import":
                    if (words.Length < 2)
                        return Failed(code, $"(line {i + 1}) #!import needs a file, as in #!import helpers.csx (.cs, .csx, .ipynb, .dib).");
                    Close(i);
                    parts.Add(new CellPart.Import(string.Join(' ', words[1..]).Trim('"'), i + 1));
                    start = i + 1;
                    break;
                default:
                    return Failed(code, $"(line {i + 1}) The magic command '{magic}' is not supported in NotebookKit; supported: {string.Join(", ", Supported)}.");
            }
            lines[i] = lines[i].EndsWith('\r') ? "\r" : "";
        }
        Close(lines.Length);
        if (parts.Count == 0)
            parts.Add(new CellPart.CSharp(string.Join('\n', lines)));
        var csharp = parts.OfType<CellPart.CSharp>().LastOrDefault()?.Code ?? "";
        return new CellMagics(csharp, timed, packages, null) { Parts = parts, Sources = sources };
    }

    private static CellMagics Failed(string code, string error) => new(code, false, [], error) { Parts = [] };

    /// <summary><c>#!value --name x [--mime-type m]</c>: the text below becomes the string variable <c>x</c>.</summary>
    private static CellPart ValuePart(string text, string[] arguments)
    {
        string? Option(string name) =>
            Array.IndexOf(arguments, name) is var at and >= 0 && at + 1 < arguments.Length ? arguments[at + 1].Trim('"') : null;
        return new CellPart.Value(Option("--name") ?? "value", text, Option("--mime-type"));
    }

    [GeneratedRegex("""^#i\s+"nuget:\s*(?<source>[^"]+)"\s*$""", RegexOptions.IgnoreCase)]
    private static partial Regex SourceLine();

    [GeneratedRegex("""^#r\s+"(?<reference>nuget:\s*(?<id>[^,"]*)(,\s*(?<version>[^"]*))?)"\s*$""", RegexOptions.IgnoreCase)]
    private static partial Regex NuGetLine();
}

/// <summary>One part of a cell, in the order the cell runs them.</summary>
internal abstract record CellPart
{
    /// <summary>C# to compile, with the lines of the other parts blanked.</summary>
    public sealed record CSharp(string Code) : CellPart;

    /// <summary>Markdown, HTML or JavaScript shown as an output.</summary>
    public sealed record Show(string Kind, string Content) : CellPart;

    /// <summary><c>#!value</c>: a string variable, shown too when a mime type is given.</summary>
    public sealed record Value(string Name, string Content, string? MimeType) : CellPart;

    /// <summary><c>#!who</c>, <c>#!whos</c>, <c>#!lsmagic</c>, <c>#!about</c>.</summary>
    public sealed record Info(string Magic) : CellPart;

    /// <summary><c>#!import path</c>, at its line of the cell.</summary>
    public sealed record Import(string Path, int Line) : CellPart;
}
