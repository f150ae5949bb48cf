using System.Diagnostics;

namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// <c>#r "nuget: …"</c> for a package the kernel already has loaded (Plotly.NET, Plotly.NET.CSharp, MathNet.Numerics,
/// Microsoft.DotNet.Interactive.Formatting…): the loaded assembly serves, because a second copy of an assembly the
/// session already uses cannot load beside it. Plotly.NET.Interactive is served by the kit too: its one job, a
/// chart formatter, is what NotebookKit does itself, offline (its own would fetch plotly.js from a CDN).
/// </summary>
internal static class PreloadedPackages
{
    private const string PlotlyInteractive = "Plotly.NET.Interactive";

    /// <summary>The kit's copy of the package, and a note for the user when it is not exactly what was asked for.</summary>
    public static bool TryServe(NuGetReference package, out IReadOnlyList<string> paths, out string? note)
    {
        note = null;
        if (package.Id.Equals(PlotlyInteractive, StringComparison.OrdinalIgnoreCase))
        {
            paths = KitReferences.KitAssemblyPaths().Where(p => Path.GetFileName(p).Equals("Plotly.NET.dll", StringComparison.OrdinalIgnoreCase)).ToList();
            note = $"#r \"nuget: {package.Id}{(package.Version is null ? "" : ", " + package.Version)}\": NotebookKit shows Plotly.NET charts itself, "
                + "offline (plotly.js ships with the kit), so this extension is not loaded; charts render as they did in Polyglot, without its CDN.";
            return paths.Count > 0;
        }
        var path = KitReferences.KitAssemblyPaths().FirstOrDefault(p => Path.GetFileNameWithoutExtension(p).Equals(package.Id, StringComparison.OrdinalIgnoreCase));
        // A package that became part of .NET (System.Text.Json, System.Memory…): the shared framework's copy serves.
        var framework = KitReferences.FrameworkAssemblyPaths().FirstOrDefault(p => Path.GetFileNameWithoutExtension(p).Equals(package.Id, StringComparison.OrdinalIgnoreCase));
        if (path is null && framework is not null)
        {
            paths = [framework];
            if (package.Version is { } wanted && !wanted.Contains('*'))
                note = $"#r \"nuget: {package.Id}, {wanted}\": {package.Id} is part of .NET {Environment.Version}; the framework's copy serves this notebook.";
            return true;
        }
        paths = path is null ? [] : [path];
        if (path is null)
            return false;
        var loaded = LoadedVersion(path);
        if (package.Version is { } asked && asked != "*" && !asked.Contains('*') && asked != loaded)
            note = $"#r \"nuget: {package.Id}, {asked}\": NotebookKit already has {package.Id} {loaded} loaded; that version serves this notebook "
                + "(two versions of one assembly cannot load in one session).";
        return true;
    }

    /// <summary>Drops the kit's own assemblies from a restored package's files: the loaded copies serve its dependencies.</summary>
    public static IReadOnlyList<string> WithoutKitAssemblies(IReadOnlyList<string> restored)
    {
        var kit = KitReferences.KitAssemblyPaths().Select(Path.GetFileName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return restored.Where(p => !kit.Contains(Path.GetFileName(p))).ToList();
    }

    /// <summary>The package version stamped in the assembly (informational version without its commit suffix).</summary>
    private static string LoadedVersion(string path)
    {
        var info = FileVersionInfo.GetVersionInfo(path);
        var version = info.ProductVersion ?? info.FileVersion ?? "?";
        return version.Split('+')[0];
    }
}
