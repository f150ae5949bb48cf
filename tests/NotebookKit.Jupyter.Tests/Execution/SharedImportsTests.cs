using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using NotebookKit.Jupyter.Execution;

namespace NotebookKit.Jupyter.Tests.Execution;

/// <summary>A cell inherits the usings of the cells before it as they were bound, only while the references stay the same (every member it reaches is pinned here).</summary>
public sealed class SharedImportsTests
{
    private static readonly ScriptOptions Options = ScriptOptions.Default
        .WithReferences(typeof(object).Assembly, typeof(Enumerable).Assembly, typeof(Console).Assembly, typeof(System.Numerics.BigInteger).Assembly, typeof(System.Text.StringBuilder).Assembly);

    private static readonly ScriptOptions Inherited = Options.WithReferences(Array.Empty<MetadataReference>());

    /// <summary>Usings, an alias and a static using from the first submission and from later cells; extension methods; a name a later cell shadows.</summary>
    private static readonly string[] Cells =
    [
        "using System.Linq;\nusing Text = System.Text.StringBuilder;\nusing static System.Math;",
        "var sorted = new[] { 3, 1, 2 }.OrderBy(i => i).ToArray();",
        "using System.Numerics;",
        "var big = BigInteger.Pow(2, 70) + Abs(-1);",
        "using Text = System.String;",
        // The same namespace imported again: every type in it must stay one type, in this cell and the ones after it.
        "using System.Linq;\nvar again = Enumerable.Range(1, 2).Sum();",
        "var twice = Enumerable.Repeat(again, 2).Sum();",
        "var text = Text.Join(\",\", sorted.Select(i => i * 2));",
        "new System.Text.StringBuilder(text).Append(' ').Append(big).Append(' ').Append(Max(2, twice)).ToString()",
    ];

    [Fact]
    public async Task Every_member_it_reaches_exists_and_a_cell_starts_with_its_usings_already_bound()
    {
        Assert.True(SharedImports.Available);
        var state = await CellCompilation.Prepare(CSharpScript.Create<object>(Cells[0], Options)).RunAsync();
        var next = CellCompilation.Prepare(state.Script.ContinueWith<object>(Cells[1], Inherited));

        Assert.NotNull(SharedImports.InheritedField!.GetValue(next.GetCompilation()));
        var after = await next.RunFromAsync(state);
        Assert.Equal(new[] { 1, 2, 3 }, (int[])after.Variables.Single(v => v.Name == "sorted").Value);
    }

    [Fact]
    public async Task Cells_that_share_the_usings_compute_what_fresh_ones_compute()
    {
        var shared = await RunAll(prepare: true);
        var fresh = await RunAll(prepare: false);

        Assert.Equal($"2,4,6 {System.Numerics.BigInteger.Pow(2, 70) + 1} 6", shared);
        Assert.Equal(fresh, shared);
    }

    [Fact]
    public async Task A_cell_with_a_reference_directive_binds_its_usings_itself_and_the_cells_after_it_see_the_new_assembly()
    {
        var xunit = typeof(Assert).Assembly.Location;
        var state = await CellCompilation.Prepare(CSharpScript.Create<object>("using System.Linq;", Options)).RunAsync();
        var withReference = CellCompilation.Prepare(state.Script.ContinueWith<object>($"#r \"{xunit}\"\nusing Xunit;", Inherited));
        Assert.Null(SharedImports.InheritedField!.GetValue(withReference.GetCompilation()));
        state = await withReference.RunFromAsync(state);
        foreach (var cell in new[] { "var n = new[] { 1 }.Count();", "typeof(Assert).Assembly.GetName().Name + n" })
            state = await CellCompilation.Prepare(state.Script.ContinueWith<object>(cell, Inherited)).RunFromAsync(state);

        Assert.Equal("xunit.assert1", state.ReturnValue);
    }

    private static async Task<object> RunAll(bool prepare)
    {
        var first = CSharpScript.Create<object>(Cells[0], Options);
        var state = await (prepare ? CellCompilation.Prepare(first) : first).RunAsync();
        foreach (var cell in Cells.Skip(1))
        {
            var script = state.Script.ContinueWith<object>(cell, Inherited);
            state = await (prepare ? CellCompilation.Prepare(script) : script).RunFromAsync(state);
        }
        return state.ReturnValue;
    }
}
