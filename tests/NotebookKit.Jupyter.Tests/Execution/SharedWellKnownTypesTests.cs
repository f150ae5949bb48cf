using System.Collections;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using NotebookKit.Jupyter.Execution;

namespace NotebookKit.Jupyter.Tests.Execution;

/// <summary>A cell starts from the framework types its predecessor found, only when both share one reference binding (the fields are pinned here).</summary>
public sealed class SharedWellKnownTypesTests
{
    private static readonly ScriptOptions Options = ScriptOptions.Default
        .WithReferences(typeof(object).Assembly, typeof(Enumerable).Assembly, typeof(Console).Assembly)
        .WithImports("System", "System.Linq", "System.Threading.Tasks");

    private static readonly ScriptOptions Inherited = Options.WithReferences(Array.Empty<MetadataReference>());

    [Fact]
    public async Task A_cell_starts_with_what_its_predecessor_found_and_looks_up_only_the_rest()
    {
        Assert.NotNull(SharedWellKnownTypes.TypesField);
        Assert.NotNull(SharedWellKnownTypes.MembersField);
        Assert.NotNull(SharedWellKnownTypes.NotLookedUp);
        var state = await CellCompilation.Prepare(CSharpScript.Create<object>("var x = 20;", Options)).RunAsync();
        var first = (CSharpCompilation)state.Script.GetCompilation();
        var found = Found(SharedWellKnownTypes.TypesField!.GetValue(first));
        Assert.NotEmpty(found);

        var second = CellCompilation.Prepare(state.Script.ContinueWith<object>("await Task.Delay(1); (x, $\"{x * 2}\")", Inherited));
        var before = SharedWellKnownTypes.TypesField.GetValue(second.GetCompilation());
        // Before the cell binds anything it holds the very symbols the first cell found, in a copy of its own.
        Assert.NotSame(SharedWellKnownTypes.TypesField.GetValue(first), before);
        Assert.Equal(found, Found(before));
        state = await second.RunFromAsync(state);

        Assert.Equal((20, "40"), state.ReturnValue);
        // What the first cell never needed (the tuple, the interpolation handler) the second found for itself.
        Assert.True(Found(SharedWellKnownTypes.TypesField.GetValue(second.GetCompilation())).Count > found.Count);
    }

    [Fact]
    public async Task Cells_that_share_the_lookups_compile_what_fresh_ones_compile()
    {
        string[] cells =
        [
            "var words = new[] { \"b\", \"a\" }.OrderBy(w => w).ToList();",
            "async Task<int> Later() { await Task.Yield(); return words.Count; }",
            "var (n, text) = (await Later(), string.Join(\",\", words));",
            "try { throw new InvalidOperationException(\"x\"); } catch (Exception e) when (e.Message == \"x\") { text += \"!\"; }",
            "Func<int, int> twice = i => i * 2; $\"{text} {twice(n):D3} {typeof(Math).Name}\"",
        ];
        var shared = await RunAll(cells, prepare: true);
        var fresh = await RunAll(cells, prepare: false);

        Assert.Equal("a,b! 004 Math", shared);
        Assert.Equal(fresh, shared);
    }

    [Fact]
    public async Task A_cell_with_a_reference_directive_looks_everything_up_itself()
    {
        var state = await CellCompilation.Prepare(CSharpScript.Create<object>("var n = 1;", Options)).RunAsync();
        var script = CellCompilation.Prepare(state.Script.ContinueWith<object>($"#r \"{typeof(Assert).Assembly.Location}\"\nn + 1", Inherited));

        Assert.Null(SharedWellKnownTypes.TypesField!.GetValue(script.GetCompilation()));
        Assert.Equal(2, (await script.RunFromAsync(state)).ReturnValue);
    }

    private static async Task<object> RunAll(string[] cells, bool prepare)
    {
        var state = await CSharpScript.RunAsync<object>("", Options);
        foreach (var cell in cells)
        {
            var script = state.Script.ContinueWith<object>(cell, Inherited);
            state = await (prepare ? CellCompilation.Prepare(script) : script).RunFromAsync(state);
        }
        return state.ReturnValue;
    }

    private static List<object> Found(object? types) =>
        types is IEnumerable all ? all.Cast<object?>().Where(t => t is not null && !t.GetType().Name.Contains("Missing")).Cast<object>().ToList() : [];
}
