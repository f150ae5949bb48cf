using System.Reflection;

namespace NotebookKit.Jupyter.Tests.Architecture;

/// <summary>
/// The CLI is a shell: a verb parses its options, calls one use case in NotebookKit.Jupyter (RunJob, CourseJob,
/// HandoutExporter, StudentNotebook, KernelSpecInstaller…) and maps the outcome to console text and an exit code.
/// Whatever runs a kernel or a notebook lives below it, where tests and other front ends reach it without a console.
/// </summary>
public class CliShapeTests
{
    private static readonly Assembly Cli = Assembly.Load("NotebookKit.Cli");

    /// <summary>What only the use cases may touch: the protocol, sockets, compiler, client and the notebook runner.</summary>
    private static readonly string[] UseCaseOnly = ["NotebookKit.Jupyter.Protocol", "NotebookKit.Jupyter.Transport", "NotebookKit.Jupyter.Client",
        "NotebookKit.Jupyter.Execution", "NetMQ", "Microsoft.CodeAnalysis"];

    private static readonly string[] UseCaseOnlyTypes = ["NotebookRunner", "OutputRecorder", "ExecutedPaths"];

    [Fact]
    public void The_cli_runs_no_kernel_and_no_notebook_itself()
    {
        var offending = TypeDependencies.ByNamespace(Cli)
            .SelectMany(u => u.Value.Select(t => (From: u.Key, Uses: t)))
            .Where(p => UseCaseOnly.Any(f => p.Uses.Assembly.StartsWith(f) || p.Uses.Namespace == f || p.Uses.Namespace.StartsWith(f + "."))
                || (p.Uses.Namespace.StartsWith("NotebookKit.Jupyter") && UseCaseOnlyTypes.Contains(p.Uses.Name)))
            .Select(p => $"{p.From} uses {p.Uses}")
            .Distinct()
            .ToList();

        Assert.True(offending.Count == 0, string.Join("\n", offending));
        // The reader sees the real calls: the run and course verbs go through their jobs.
        var uses = TypeDependencies.ByNamespace(Cli)["NotebookKit.Cli.Commands"];
        Assert.Contains(uses, t => t is { Namespace: "NotebookKit.Jupyter.Runner", Name: "RunJob" });
        Assert.Contains(uses, t => t is { Namespace: "NotebookKit.Jupyter.Runner", Name: "CourseJob" });
    }

    [Fact]
    public void The_cli_exports_no_types_so_nothing_can_build_on_it()
    {
        Assert.Empty(Cli.GetExportedTypes().Select(t => t.FullName));
        Assert.Contains(Cli.GetTypes(), t => t.Namespace == "NotebookKit.Cli.Commands");
    }

    [Fact]
    public void Every_verb_is_a_command_file_named_after_it()
    {
        // One verb, one file: `notebookkit run` is RunCommand, so a reader finds a verb's code from its name.
        var verbs = Cli.GetType("NotebookKit.Cli.Commands.CliCommands", throwOnError: true)!
            .GetMethod("All", BindingFlags.Public | BindingFlags.Static)!
            .Invoke(null, null) as IEnumerable<System.CommandLine.Command>;
        Assert.NotNull(verbs);
        var commandTypes = Cli.GetTypes().Where(t => t.Name.EndsWith("Command", StringComparison.Ordinal)).Select(t => t.Name).ToHashSet();
        Assert.All(verbs!, v => Assert.Contains(char.ToUpperInvariant(v.Name[0]) + v.Name[1..] + "Command", commandTypes));
    }
}
