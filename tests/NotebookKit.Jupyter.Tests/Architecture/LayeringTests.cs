using System.Reflection;
using NotebookKit.Jupyter.Tests.Architecture;

namespace NotebookKit.Jupyter.Tests.Architecture;

/// <summary>
/// The arrows of DESIGN.md's table, checked on the compiled assemblies: a forbidden dependency added anywhere fails
/// here, naming the namespace and the type it reached for.
/// </summary>
public class LayeringTests
{
    private static readonly Assembly Library = typeof(NotebookKit.Layers.Dense).Assembly;
    private static readonly Assembly Display = typeof(NotebookKit.Display.MimeTypes).Assembly;
    private static readonly Assembly Jupyter = typeof(NotebookKit.Jupyter.Protocol.Message).Assembly;
    private static readonly Assembly Cli = Assembly.Load("NotebookKit.Cli");

    private static readonly string[] Kernel = ["NetMQ", "AsyncIO", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp",
        "Microsoft.CodeAnalysis.Scripting", "Microsoft.CodeAnalysis.CSharp.Scripting", "Microsoft.CodeAnalysis.Features",
        "Microsoft.CodeAnalysis.Workspaces"];

    [Fact]
    public void The_library_references_only_its_math()
    {
        var names = Library.GetReferencedAssemblies().Select(a => a.Name!);
        Assert.DoesNotContain(names, n => n.StartsWith("NotebookKit") || Kernel.Contains(n) || n.StartsWith("Plotly") || n.StartsWith("Microsoft.DotNet"));
        Assert.Contains("MathNet.Numerics", names);
    }

    [Fact]
    public void Display_never_references_the_kernel_or_the_cli()
    {
        var names = Display.GetReferencedAssemblies().Select(a => a.Name!);
        Assert.DoesNotContain(names, n => n is "NotebookKit.Jupyter" or "NotebookKit.Cli" || Kernel.Contains(n));
    }

    [Fact]
    public void Nothing_references_the_cli()
    {
        foreach (var assembly in new[] { Library, Display, Jupyter })
            Assert.DoesNotContain("NotebookKit.Cli", assembly.GetReferencedAssemblies().Select(a => a.Name));
        Assert.Contains("NotebookKit.Jupyter", Cli.GetReferencedAssemblies().Select(a => a.Name)); // the check sees real references
    }

    public static TheoryData<string, string[]> JupyterRules() => new()
    {
        // The protocol can be learned and tested from its own folder: no sockets, no compiler, no other layer.
        { "NotebookKit.Jupyter.Protocol", ["NetMQ", "Microsoft.CodeAnalysis", "NotebookKit.Jupyter.Transport",
            "NotebookKit.Jupyter.Kernel", "NotebookKit.Jupyter.Execution", "NotebookKit.Jupyter.Client",
            "NotebookKit.Jupyter.Runner", "NotebookKit.Jupyter.Notebooks", "NotebookKit.Jupyter.Export", "NotebookKit.Display"] },
        // Notebook files are data: reading and writing them never needs a kernel.
        { "NotebookKit.Jupyter.Notebooks", ["NetMQ", "Microsoft.CodeAnalysis", "NotebookKit.Jupyter.Transport",
            "NotebookKit.Jupyter.Kernel", "NotebookKit.Jupyter.Execution", "NotebookKit.Jupyter.Client", "NotebookKit.Jupyter.Runner"] },
        // Sockets carry signed messages for either end; they know nothing of C#, of the kernel or of the client.
        { "NotebookKit.Jupyter.Transport", ["Microsoft.CodeAnalysis", "NotebookKit.Jupyter.Kernel", "NotebookKit.Jupyter.Execution",
            "NotebookKit.Jupyter.Client", "NotebookKit.Jupyter.Runner", "NotebookKit.Jupyter.Notebooks", "NotebookKit.Display"] },
        // The client speaks the protocol through the shared socket layer; it never runs the kernel's code in-process.
        { "NotebookKit.Jupyter.Client", ["NetMQ", "Microsoft.CodeAnalysis", "NotebookKit.Jupyter.Kernel", "NotebookKit.Jupyter.Execution",
            "NotebookKit.Jupyter.Runner"] },
        // The interpreter sits behind its interface: it never touches sockets.
        { "NotebookKit.Jupyter.Execution", ["NetMQ", "NotebookKit.Jupyter.Transport", "NotebookKit.Jupyter.Client",
            "NotebookKit.Jupyter.Runner"] },
    };

    [Theory]
    [MemberData(nameof(JupyterRules))]
    public void Jupyter_namespaces_keep_their_arrows(string ns, string[] forbidden)
    {
        var uses = TypeDependencies.ByNamespace(Jupyter);
        var offending = uses.Where(u => u.Key == ns || u.Key.StartsWith(ns + "."))
            .SelectMany(u => u.Value.Select(t => (From: u.Key, Uses: t)))
            .Where(p => forbidden.Any(f => p.Uses.Assembly.StartsWith(f) || p.Uses.Namespace == f || p.Uses.Namespace.StartsWith(f + ".")))
            .Select(p => $"{p.From} uses {p.Uses}")
            .Distinct()
            .ToList();
        Assert.True(offending.Count == 0, string.Join("\n", offending));
    }

    /// <summary>
    /// The interpreter turns values into outputs and hands the kernel finished ones through one port (ICellOutput), as
    /// xeus and ipykernel split it: the kernel speaks the protocol and knows Display only as the port's payload. So it
    /// never formats (FormatterRegistry), never holds a display sink or page, and never reaches into the library.
    /// </summary>
    [Fact]
    public void The_kernel_takes_finished_outputs_and_never_formats()
    {
        string[] payload = ["MimeBundle", "MimeTypes"];
        var offending = TypeDependencies.ByNamespace(Jupyter)
            .Where(u => u.Key == "NotebookKit.Jupyter.Kernel")
            .SelectMany(u => u.Value)
            .Where(t => t.Assembly == "NotebookKit.Display" && !payload.Contains(t.Name) || t.Assembly == "NotebookKit")
            .Select(t => $"NotebookKit.Jupyter.Kernel uses {t}")
            .Distinct()
            .ToList();
        Assert.True(offending.Count == 0, string.Join("\n", offending));
    }

    [Fact]
    public void Outputs_reach_the_kernel_only_through_the_port()
    {
        // Execution makes the outputs (it formats, it owns the cell's display sink); the kernel implements the port.
        var uses = TypeDependencies.ByNamespace(Jupyter);
        Assert.Contains(uses["NotebookKit.Jupyter.Execution"], t => t.Name == "FormatterRegistry");
        Assert.Contains(uses["NotebookKit.Jupyter.Execution"], t => t.Name == "DisplaySession");
        Assert.Contains(uses["NotebookKit.Jupyter.Kernel"], t => t.Name == "ICellOutput");
        Assert.Contains(uses["NotebookKit.Jupyter.Kernel"], t => t.Name == "MimeBundle");
        // Only the kernel turns port calls into messages: the interpreter never builds one.
        Assert.DoesNotContain(uses["NotebookKit.Jupyter.Execution"], t => t.Namespace == "NotebookKit.Jupyter.Protocol");
    }

    [Fact]
    public void Only_the_transport_touches_sockets()
    {
        // One socket layer for kernel and client alike: framing, signing, the poller and shutdown live in Transport/.
        var offending = TypeDependencies.ByNamespace(Jupyter)
            .Where(u => u.Key != "NotebookKit.Jupyter.Transport")
            .SelectMany(u => u.Value.Where(t => t.Assembly is "NetMQ" or "AsyncIO").Select(t => $"{u.Key} uses {t}"))
            .Distinct()
            .ToList();
        Assert.True(offending.Count == 0, string.Join("\n", offending));
    }

    [Fact]
    public void The_dependency_reader_sees_what_the_code_uses()
    {
        // Guards the rules above against a reader that finds nothing: the transport really uses NetMQ, the client really
        // goes through the transport, and the protocol really uses System.Text.Json.
        var uses = TypeDependencies.ByNamespace(Jupyter);
        Assert.Contains(uses["NotebookKit.Jupyter.Transport"], t => t.Assembly == "NetMQ");
        Assert.Contains(uses["NotebookKit.Jupyter.Client"], t => t.Namespace == "NotebookKit.Jupyter.Transport");
        Assert.Contains(uses["NotebookKit.Jupyter.Protocol"], t => t.Namespace.StartsWith("System.Text.Json"));
        Assert.Contains(uses["NotebookKit.Jupyter.Execution"], t => t.Assembly.StartsWith("Microsoft.CodeAnalysis"));
    }
}
