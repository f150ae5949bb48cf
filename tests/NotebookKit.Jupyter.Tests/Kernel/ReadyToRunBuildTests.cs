using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;

namespace NotebookKit.Jupyter.Tests.Kernel;

/// <summary>
/// The kernel's start-up depends on src/NotebookKit.Cli/ReadyToRun.targets: a Release build of the CLI (what
/// `dotnet run -c Release`, the installed kernelspec and the dotnet tool start) carries precompiled code for
/// what the first cell and the first chart run, and a Debug build stays plain IL so it builds quickly; and the CLI
/// runs with the JIT settings the kernel and the training bench were measured with.
/// </summary>
public class ReadyToRunBuildTests
{
    private static readonly string[] FirstCellAssemblies =
        ["Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "Microsoft.CodeAnalysis.Scripting", "NotebookKit", "NotebookKit.Jupyter", "NetMQ"];

    // The first chart (a History as it trains, Plotly.NET in a cell) runs their F# code.
    private static readonly string[] ChartAssemblies = ["Plotly.NET", "FSharp.Core"];

    // Completion loads these after the first result; precompiling them only added memory.
    private static readonly string[] CompletionAssemblies = ["Microsoft.CodeAnalysis.Features", "Microsoft.CodeAnalysis.Workspaces"];

#if DEBUG
    private const bool Release = false;
#else
    private const bool Release = true;
#endif

    [Fact]
    public void Cli_build_precompiles_the_first_cells_assemblies_in_Release_only()
    {
        var output = CliBuildOutput();
        foreach (var name in FirstCellAssemblies.Concat(ChartAssemblies))
            Assert.True(IsReadyToRun(Path.Combine(output, name + ".dll")) == Release,
                $"{name}.dll in {output}: expected {(Release ? "a ReadyToRun image" : "plain IL")}.");
        foreach (var name in CompletionAssemblies)
            Assert.False(IsReadyToRun(Path.Combine(output, name + ".dll")), $"{name}.dll in {output} should stay plain IL.");
    }

    [Fact]
    public void Cli_runs_with_PGO_off_and_tier_up_delayed()
    {
        // Measured in bench/README.md (fifth round): with the default 0.1 s delay, a learner's first Fit re-JITs
        // ~190 methods beside OpenBLAS; with 1 s it runs the kit's precompiled float path.
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(CliBuildOutput(), "NotebookKit.Cli.runtimeconfig.json")));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.True(properties.TryGetProperty("System.Runtime.TieredPGO", out var pgo) && pgo.ValueKind == JsonValueKind.False,
            $"NotebookKit.Cli.runtimeconfig.json: expected System.Runtime.TieredPGO false, got {properties}.");
        Assert.True(properties.TryGetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs", out var delay) && delay.GetInt32() == 1000,
            $"NotebookKit.Cli.runtimeconfig.json: expected System.Runtime.TieredCompilation.CallCountingDelayMs 1000, got {properties}.");
    }

    [Fact]
    public void Precompiled_assemblies_still_serve_as_references_for_cells()
    {
        // Cells compile against the kit's assemblies from this folder: a ReadyToRun image keeps its full metadata.
        using var pe = new PEReader(File.OpenRead(Path.Combine(CliBuildOutput(), "NotebookKit.dll")));
        var metadata = pe.GetMetadataReader();
        Assert.Contains(metadata.TypeDefinitions, type => metadata.GetString(metadata.GetTypeDefinition(type).Name) == "Sequential`1");
    }

    private static bool IsReadyToRun(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        return pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    /// <summary>src/NotebookKit.Cli/bin/CONFIGURATION/TFM, from this test's own bin/CONFIGURATION/TFM.</summary>
    private static string CliBuildOutput()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (testOutput.Name, testOutput.Parent!.Name);
        var repository = testOutput.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
        var output = Path.Combine(repository, "src", "NotebookKit.Cli", "bin", configuration, framework);
        Assert.True(File.Exists(Path.Combine(output, "NotebookKit.Cli.dll")), $"No NotebookKit.Cli build in {output}.");
        return output;
    }
}
