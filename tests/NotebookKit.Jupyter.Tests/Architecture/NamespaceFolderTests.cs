using System.Text.RegularExpressions;

namespace NotebookKit.Jupyter.Tests.Architecture;

/// <summary>
/// Folders are namespaces: a type's namespace says which folder its file is in (the project's root namespace plus
/// the folder path), in every project under src/, so a reader goes from a name to its file without grep.
/// </summary>
public partial class NamespaceFolderTests
{
    /// <summary>
    /// The one folder that may declare other namespaces: Display's Compatibility/ imitates Polyglot's own types in
    /// Polyglot's namespaces, so that notebooks written for Polyglot find them where they always were.
    /// </summary>
    private static readonly Dictionary<string, string[]> Imitations = new()
    {
        ["NotebookKit.Display/Compatibility"] = ["Microsoft.DotNet.Interactive", "Microsoft.DotNet.Interactive.Formatting"],
    };

    private static readonly string Src = Path.Combine(FindRoot(), "src");

    public static TheoryData<string> Projects() => new(Directory.GetDirectories(Src).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Projects))]
    public void Every_file_declares_the_namespace_of_its_folder(string project)
    {
        var root = Path.Combine(Src, project);
        var rootNamespace = RootNamespace().Match(File.ReadAllText(Path.Combine(root, project + ".csproj"))).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(rootNamespace), $"{project}.csproj declares no <RootNamespace>");
        var offending = new List<string>();
        var files = SourceFiles(root).ToList();
        foreach (var file in files)
        {
            var folder = Path.GetRelativePath(root, Path.GetDirectoryName(file)!).Replace('\\', '/');
            var expected = folder == "." ? rootNamespace : rootNamespace + "." + folder.Replace('/', '.');
            var allowed = Imitations.GetValueOrDefault($"{project}/{folder}", []);
            foreach (Match declared in NamespaceDeclaration().Matches(File.ReadAllText(file)))
            {
                var ns = declared.Groups[1].Value;
                if (ns != expected && !allowed.Contains(ns))
                    offending.Add($"{Path.GetRelativePath(Src, file)} declares {ns}; its folder is {expected}");
            }
        }
        Assert.NotEmpty(files);
        Assert.True(offending.Count == 0, string.Join("\n", offending));
    }

    [Fact]
    public void The_check_reads_real_declarations()
    {
        // Guards the rule above against a reader that finds nothing: known files declare what they should.
        var dense = Path.Combine(Src, "NotebookKit", "Layers", "Dense{T}.cs");
        Assert.Equal(["NotebookKit.Layers"], NamespaceDeclaration().Matches(File.ReadAllText(dense)).Select(m => m.Groups[1].Value));
        Assert.DoesNotContain(SourceFiles(Path.Combine(Src, "NotebookKit.Cli")), f => f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));
    }

    private static IEnumerable<string> SourceFiles(string projectFolder) =>
        Directory.EnumerateFiles(projectFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(projectFolder, f).Split(Path.DirectorySeparatorChar)[0] is not ("obj" or "bin"));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir.FullName, "NotebookKit.sln")))
            dir = dir.Parent ?? throw new DirectoryNotFoundException($"no NotebookKit.sln above {AppContext.BaseDirectory}");
        return dir.FullName;
    }

    [GeneratedRegex(@"<RootNamespace>([^<]+)</RootNamespace>")]
    private static partial Regex RootNamespace();

    [GeneratedRegex(@"^namespace\s+([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();
}
