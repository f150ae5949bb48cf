using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using NotebookKit.Jupyter.Execution;

namespace NotebookKit.Jupyter.Tests.Execution;

/// <summary>A cell shares its predecessor's reference binding only when a full one would bind the same assemblies (the fields it sets are pinned here).</summary>
public sealed class SharedReferenceBindingTests
{
    private static readonly ScriptOptions Options = ScriptOptions.Default.WithReferences(typeof(object).Assembly, typeof(Enumerable).Assembly).WithImports("System.Linq");

    [Fact]
    public async Task A_cell_without_references_of_its_own_shares_the_binding_under_its_own_name_and_runs()
    {
        Assert.NotNull(SharedReferenceBinding.ManagerField);
        Assert.NotNull(SharedReferenceBinding.NameField);
        var state = await CellCompilation.Prepare(CSharpScript.Create<object>("var x = 20;", Options)).RunAsync();
        var first = state.Script.GetCompilation();

        var second = CellCompilation.Prepare(state.Script.ContinueWith<object>("new[] { x, 2 }.Sum() * 2 - 2", Options.WithReferences(Array.Empty<MetadataReference>())));
        // Before the cell is compiled it already holds the first cell's bound references: the very same array.
        var explicitReferences = Manager(first)!.GetType().BaseType!.GetField("_lazyExplicitReferences", BindingFlags.Instance | BindingFlags.NonPublic)!;
        Assert.Equal(explicitReferences.GetValue(Manager(first)), explicitReferences.GetValue(Manager(second.GetCompilation())));
        var result = await second.RunFromAsync(state);

        var compilation = second.GetCompilation();
        Assert.Equal(42, result.ReturnValue);
        Assert.NotSame(Manager(first), Manager(compilation));
        Assert.Equal(compilation.AssemblyName, SharedReferenceBinding.NameField!.GetValue(Manager(compilation)));
        Assert.NotEqual(first.Assembly.Identity, compilation.Assembly.Identity);
        Assert.Equal(first.ReferencedAssemblyNames, compilation.ReferencedAssemblyNames);
    }

    [Fact]
    public async Task A_reference_directive_binds_in_full_and_the_cells_after_it_still_see_its_types()
    {
        var xunit = typeof(Assert).Assembly.Location;
        var state = await CSharpScript.RunAsync<object>("var n = 1;", Options);
        var cells = new[] { $"#r \"{xunit}\"\nvar asserted = typeof(Xunit.Assert).Name;", "asserted + n", "typeof(Xunit.Assert).Assembly.GetName().Name" };
        var values = new List<object>();
        var compilations = new List<Compilation>();
        foreach (var cell in cells)
        {
            var script = CellCompilation.Prepare(state.Script.ContinueWith<object>(cell, Options.WithReferences(Array.Empty<MetadataReference>())));
            state = await script.RunFromAsync(state);
            values.Add(state.ReturnValue);
            compilations.Add(script.GetCompilation());
        }

        Assert.Equal(["Assert1", "xunit.assert"], values.Skip(1));
        // Only the #r cell's binding holds the directive: had the cell after it copied that binding, it would too.
        Assert.Equal([false, true, true], compilations.Select(c => c.DirectiveReferences.IsEmpty));
        Assert.All(compilations, c => Assert.Contains(c.ReferencedAssemblyNames, name => name.Name == "xunit.assert"));
    }

    private static object? Manager(Compilation compilation) => SharedReferenceBinding.ManagerField!.GetValue(compilation);
}
