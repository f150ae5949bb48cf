using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;

namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// The references and usings every session starts with: the whole shared framework (so completion sees
/// <c>List&lt;T&gt;</c> and <c>Math</c>, which need System.Private.CoreLib), the kit's assemblies,
/// MathNet.Numerics and Plotly.NET. A default using whose namespace does not exist (yet) in those
/// assemblies is left out, so a missing namespace can never break the first cell.
/// </summary>
internal static class KitReferences
{
    /// <summary>
    /// The usings the kit promises to every cell (BRIEF "Kernel defaults"): dotnet-interactive's C# kernel's own
    /// (System, System.Text, System.Collections, System.Collections.Generic, System.Threading.Tasks, System.Linq,
    /// read from its CSharpKernel in 1.0.712001), then the kit's.
    /// </summary>
    public static readonly string[] DesiredUsings =
    [
        "System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq",
        // Earlier dotnet-interactive versions imported it too: old notebooks use PocketView, LaTeXString, Formatter unqualified.
        "Microsoft.DotNet.Interactive.Formatting", "MathNet.Numerics",
        "MathNet.Numerics.LinearAlgebra", "NotebookKit", "NotebookKit.Layers", "NotebookKit.Activations",
        "NotebookKit.Losses", "NotebookKit.Optimizers", "NotebookKit.Training", "NotebookKit.Data",
        "NotebookKit.GradientChecking", "NotebookKit.Exercises", "NotebookKit.Display",
    ];

    /// <summary>
    /// Names both default namespaces define, bound to Polyglot's meaning: a notebook that writes
    /// <c>(Person p, FormatContext context) =&gt; …</c> for <c>Formatter.Register</c> means the package's type.
    /// </summary>
    public const string PolyglotAliases = "using FormatContext = Microsoft.DotNet.Interactive.Formatting.FormatContext;";

    /// <summary>
    /// The static class whose members (display, HTML, Markdown, ClearOutput) every cell can call unqualified, named
    /// through the type: a rename fails the build, never silently the notebook's globals.
    /// </summary>
    public static readonly string NotebookGlobals = typeof(NotebookKit.Display.NotebookGlobals).FullName!;

    /// <summary>
    /// The session's first submission: the default usings, the notebook globals and the Polyglot aliases, all as
    /// directives that every later cell inherits (and a cell may still shadow, as with any earlier cell's using).
    /// </summary>
    public static string Prelude(IEnumerable<string> usings) =>
        string.Concat(usings.Select(u => $"using {u};\n")) + $"using static {NotebookGlobals};\n" + PolyglotAliases;

    /// <summary>The reference-pack files that document the types System.Private.CoreLib implements.</summary>
    private static readonly string[] CoreLibDocumentation = ["System.Runtime", "System.Collections", "System.Threading", "System.Memory", "System.Runtime.InteropServices"];

    private static readonly string[] KitAssemblyPrefixes = ["NotebookKit", "MathNet.Numerics", "Plotly.NET", "FSharp.Core", "DynamicObj", "Giraffe.ViewEngine", "Fable.Core", "Microsoft.DotNet.Interactive.Formatting", "Microsoft.AspNetCore.Html.Abstractions"];

    public static IReadOnlyList<string> KitAssemblyPaths()
    {
        var folder = AppContext.BaseDirectory;
        return Directory.EnumerateFiles(folder, "*.dll")
            .Where(path => KitAssemblyPrefixes.Any(prefix => Path.GetFileName(path).StartsWith(prefix, StringComparison.Ordinal)))
            .Where(path => !Path.GetFileName(path).StartsWith("NotebookKit.Cli", StringComparison.Ordinal)
                        && !Path.GetFileName(path).Contains(".Tests", StringComparison.Ordinal))
            .Append(typeof(CellInterrupt).Assembly.Location)
            .Distinct()
            .ToList();
    }

    public static IReadOnlyList<string> FrameworkAssemblyPaths()
    {
        var folder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return Directory.EnumerateFiles(folder, "*.dll")
            .Where(path => IsManagedAssembly(path))
            .ToList();
    }

    /// <summary>Metadata references with XML documentation where it can be found (for inspect).</summary>
    public static IReadOnlyList<MetadataReference> Create()
    {
        var docsFolder = FindReferencePackDocs();
        var references = new List<MetadataReference>();
        foreach (var path in FrameworkAssemblyPaths().Concat(KitAssemblyPaths()))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            IReadOnlyList<string> xml = name == "System.Private.CoreLib" && docsFolder is not null
                ? CoreLibDocumentation.Select(n => Path.Combine(docsFolder, n + ".xml")).ToList()
                : [File.Exists(Path.ChangeExtension(path, ".xml")) || docsFolder is null ? Path.ChangeExtension(path, ".xml") : Path.Combine(docsFolder, name + ".xml")];
            references.Add(MappedReference(path, new XmlDocumentationFiles(xml)));
        }
        return references;
    }

    /// <summary>
    /// A reference whose file is memory-mapped and read only where the compiler looks (its metadata).
    /// <see cref="MetadataReference.CreateFromFile(string, MetadataReferenceProperties, DocumentationProvider?)"/>
    /// copies each whole image into the heap instead: ~76 MB for the framework and the kit, per kernel.
    /// </summary>
    private static PortableExecutableReference MappedReference(string path, DocumentationProvider? documentation) =>
        AssemblyMetadata.CreateFromFile(path).GetReference(documentation, filePath: path);

    /// <summary>Default usings that resolve against the kit's assemblies; System namespaces always exist.</summary>
    public static IReadOnlyList<string> AvailableUsings()
    {
        var namespaces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in KitAssemblyPaths())
        {
            try
            {
                // Read from the metadata, not by loading the assemblies: reflecting over FSharp.Core's and
                // Plotly.NET's thousands of types cost a quarter of a second of every kernel's start.
                using var image = new PEReader(File.OpenRead(path));
                var metadata = image.GetMetadataReader();
                foreach (var handle in metadata.TypeDefinitions)
                {
                    var type = metadata.GetTypeDefinition(handle);
                    if ((type.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public && !type.Namespace.IsNil)
                        namespaces.Add(metadata.GetString(type.Namespace));
                }
            }
            catch (Exception e) when (e is BadImageFormatException or IOException or InvalidOperationException)
            {
                // An assembly that cannot be loaded contributes no namespaces; the session still starts.
            }
        }
        return DesiredUsings.Where(u => u.StartsWith("System", StringComparison.Ordinal) || namespaces.Contains(u)).ToList();
    }

    // Windows keeps native shims beside the managed assemblies in the shared framework folder.
    private static bool IsManagedAssembly(string path) =>
        !Path.GetFileName(path).StartsWith("Microsoft.DiaSymReader.Native", StringComparison.Ordinal);

    /// <summary>The reference pack's XML docs (dotnet/packs/Microsoft.NETCore.App.Ref/&lt;v&gt;/ref/net10.0), when the SDK is installed.</summary>
    private static string? FindReferencePackDocs()
    {
        var shared = Path.GetDirectoryName(typeof(object).Assembly.Location)!; // <root>/shared/Microsoft.NETCore.App/<v>
        var root = Path.GetFullPath(Path.Combine(shared, "..", "..", ".."));
        var packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
        if (!Directory.Exists(packs))
            return null;
        var major = Environment.Version.Major;
        return Directory.EnumerateDirectories(packs)
            .Where(d => Path.GetFileName(d).StartsWith(major + ".", StringComparison.Ordinal))
            .OrderByDescending(d => d, StringComparer.Ordinal)
            .Select(d => Path.Combine(d, "ref", $"net{major}.0"))
            .FirstOrDefault(Directory.Exists);
    }
}
