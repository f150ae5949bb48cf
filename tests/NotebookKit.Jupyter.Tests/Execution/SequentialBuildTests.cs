using Microsoft.CodeAnalysis.CSharp.Scripting;
using NotebookKit.Jupyter.Execution;

namespace NotebookKit.Jupyter.Tests.Execution;

/// <summary>Cells compile on the cell thread alone (the scripting API has no option for it, so the field it sets is pinned here).</summary>
public sealed class SequentialBuildTests
{
    [Fact]
    public async Task A_script_compiles_without_the_concurrent_build_and_still_runs_on_from_its_state()
    {
        Assert.NotNull(SequentialBuild.CompilationField);
        var first = SequentialBuild.Apply(CSharpScript.Create<object>("var x = 20;"));
        var state = await first.RunAsync();

        var second = SequentialBuild.Apply(state.Script.ContinueWith<object>("x * 2 + 2"));
        var result = await second.RunFromAsync(state);

        Assert.False(first.GetCompilation().Options.ConcurrentBuild);
        Assert.False(second.GetCompilation().Options.ConcurrentBuild);
        Assert.Same(first.GetCompilation(), second.GetCompilation().ScriptCompilationInfo!.PreviousScriptCompilation);
        Assert.Equal(42, result.ReturnValue);
    }
}
