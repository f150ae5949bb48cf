using System.Text.RegularExpressions;

namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// Reads the Polyglot-era lines a cell may start with. <c>#!csharp</c>/<c>#!c#</c> are no-ops, <c>#!time</c>
/// times the cell, any other <c>#!</c> line is an error naming it; <c>#r "nuget: Id, Version"</c> lines are
/// collected for restore. Handled lines are blanked, not removed, so line numbers stay the user's.
/// </summary>
internal sealed partial record CellMagics(string Code, bool Timed, IReadOnlyList<NuGetReference> Packages, string? Error)
{
    public static CellMagics Parse(string code)
    {
        var lines = code.Split('\n');
        var timed = false;
        var packages = new List<NuGetReference>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("#!", StringComparison.Ordinal))
            {
                var magic = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0];
                switch (magic)
                {
                    case "#!csharp" or "#!c#" or "#!C#":
                        break;
                    case "#!time":
                        timed = true;
                        break;
                    default:
                        return new CellMagics(code, false, [], $"(line {i + 1}) The magic command '{magic}' is not supported in NotebookKit; supported: #!csharp, #!c#, #!time.");
                }
                lines[i] = lines[i].EndsWith('\r') ? "\r" : "";
                continue;
            }
            var nuget = NuGetLine().Match(line);
            if (nuget.Success)
            {
                var id = nuget.Groups["id"].Value.Trim();
                var version = nuget.Groups["version"].Success ? nuget.Groups["version"].Value.Trim() : null;
                if (id.Length == 0)
                    return new CellMagics(code, false, [], $"(line {i + 1}) #r \"nuget: …\" needs a package id, as in #r \"nuget: Newtonsoft.Json, 13.0.3\".");
                packages.Add(new NuGetReference(id, string.IsNullOrEmpty(version) ? null : version, nuget.Groups["reference"].Value));
            }
        }
        return new CellMagics(string.Join('\n', lines), timed, packages, null);
    }

    [GeneratedRegex("""^#r\s+"(?<reference>nuget:\s*(?<id>[^,"]*)(,\s*(?<version>[^"]*))?)"\s*$""", RegexOptions.IgnoreCase)]
    private static partial Regex NuGetLine();
}
