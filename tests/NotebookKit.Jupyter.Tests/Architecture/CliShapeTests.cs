using System.Reflection;
using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Jupyter.Tests.Architecture;

/// <summary>
/// The CLI is a shell: a verb parses its options, calls one use case in NotebookKit.Jupyter (RunJob, CourseJob,
/// ClearJob, ConvertJob, ExportJob, StudentJob, TranslateStartJob, TranslateCheckJob, KernelSpecInstaller…) and maps
/// the outcome to console text and an exit code.
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
        // The reader sees the real calls: each verb that works on notebooks goes through its job, in the layer that owns it.
        var uses = TypeDependencies.ByNamespace(Cli)["NotebookKit.Cli.Commands"];
        Assert.All(
            [("Runner", "RunJob"), ("Runner", "CourseJob"), ("Notebooks", "ClearJob"), ("Notebooks", "ConvertJob"), ("Export", "ExportJob"),
             ("Student", "StudentJob"), ("Translation", "TranslateStartJob"), ("Translation", "TranslateCheckJob")],
            job => Assert.Contains(uses, t => t.Namespace == "NotebookKit.Jupyter." + job.Item1 && t.Name == job.Item2));
    }

    /// <summary>
    /// What a verb that loops over notebooks or writes files itself would touch: the notebook model, path expansion
    /// and atomic writes (Notebooks/, where a verb may use only a job and the records it returns), and the file
    /// system calls that create, write or list files. A verb hands its paths to a use case and prints the outcome it
    /// gets back. FileInfo/DirectoryInfo stay allowed: they are how System.CommandLine hands over an option's path.
    /// </summary>
    private static readonly string[] FileWorkTypes = ["System.IO.File", "System.IO.Directory", "System.IO.FileStream", "System.IO.StreamWriter"];

    private const string Notebooks = "NotebookKit.Jupyter.Notebooks";

    /// <summary>
    /// The names of the types in <paramref name="ns"/> that a caller of a use case (a type named *Job, in any folder)
    /// gets back: the jobs themselves, their methods' return types and, through the properties of those declared in
    /// <paramref name="ns"/> (lists included), the records they hold.
    /// </summary>
    private static HashSet<string> JobsAndWhatTheyReturn(string ns)
    {
        var jobs = typeof(Notebook).Assembly.GetExportedTypes().Where(t => t.Name.EndsWith("Job", StringComparison.Ordinal)).ToList();
        var found = new HashSet<Type>(jobs.Where(t => t.Namespace == ns));
        var pending = new Stack<Type>(jobs.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)).Select(m => m.ReturnType));
        while (pending.TryPop(out var type))
        {
            if (type.IsGenericType)
            {
                foreach (var argument in type.GetGenericArguments()) pending.Push(argument);
                continue;
            }
            if (type.Namespace != ns || !found.Add(type)) continue;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)) pending.Push(property.PropertyType);
        }
        return found.Select(t => t.Name).ToHashSet();
    }

    [Fact]
    public void No_verb_loops_over_notebooks_or_writes_files_itself()
    {
        var allowed = JobsAndWhatTheyReturn(Notebooks);
        Assert.Contains("ClearedNotebook", allowed);
        Assert.DoesNotContain("Notebook", allowed); // no use case hands a verb the notebook model to work on

        var offending = TypeDependencies.ByNamespace(Cli)
            .SelectMany(u => u.Value.Select(t => (From: u.Key, Uses: t)))
            .Where(p => (p.Uses.Namespace == Notebooks && !allowed.Contains(p.Uses.Name)) || FileWorkTypes.Contains($"{p.Uses.Namespace}.{p.Uses.Name}"))
            .Select(p => $"{p.From} uses {p.Uses}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(offending.Count == 0, string.Join("\n", offending));
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
