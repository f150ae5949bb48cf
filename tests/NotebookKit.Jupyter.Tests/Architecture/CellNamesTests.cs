using System.Reflection;
using NotebookKit.Jupyter.Execution;

namespace NotebookKit.Jupyter.Tests.Architecture;

/// <summary>
/// One name per concept where a learner meets it: every cell imports the kit's namespaces at once, so two public
/// types of one name in them would make a plain <c>History</c> or <c>Shape</c> in a lesson a compile error.
/// </summary>
public class CellNamesTests
{
    [Fact]
    public void The_namespaces_every_cell_imports_declare_each_type_name_once()
    {
        var imported = KitReferences.DesiredUsings.ToHashSet();
        var assemblies = new[] { typeof(NotebookKit.Layers.Dense).Assembly, typeof(NotebookKit.Display.MimeTypes).Assembly,
            typeof(Microsoft.DotNet.Interactive.Formatting.Formatter).Assembly, typeof(MathNet.Numerics.Control).Assembly };
        // A static class that only hosts extension methods (the kit's DisplayExtensions beside the package's
        // System.DisplayExtensions) is never named in a cell: its methods are found by their receiver.
        var types = assemblies.SelectMany(a => a.GetExportedTypes())
            .Where(t => !t.IsNested && imported.Contains(t.Namespace ?? "") && !OnlyExtensions(t))
            .ToList();
        // Names the kernel binds to one meaning with a using alias (KitReferences.PolyglotAliases) are not ambiguous.
        var aliased = KitReferences.PolyglotAliases.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(a => a.Trim()["using ".Length..].Split('=')[0].Trim()).ToHashSet();

        var clashes = types.GroupBy(t => t.Name).Where(g => g.Count() > 1 && !aliased.Contains(g.Key))
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => t.FullName))}")
            .ToList();

        Assert.Contains(types, t => t.FullName == "NotebookKit.Training.History");   // the check sees the kit's types
        Assert.True(clashes.Count == 0, string.Join("\n", clashes));
    }

    private static bool OnlyExtensions(Type type) =>
        type is { IsAbstract: true, IsSealed: true }
        && type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly) is { Length: > 0 } methods
        && methods.All(m => m.IsDefined(typeof(System.Runtime.CompilerServices.ExtensionAttribute)));
}
