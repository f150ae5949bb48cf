using NotebookKit.Jupyter.Execution;

namespace NotebookKit.Jupyter.Tests.Execution;

/// <summary>
/// The first cell stops the throwaway warm cell instead of waiting for it; the session it leaves behind must be
/// whole: the first cell's value, and later cells with lambdas, LINQ and loops (what the warm cell pre-JITs).
/// </summary>
public sealed class WarmCellTests
{
    [Fact]
    public void A_cell_sent_at_once_stops_the_warm_cell_and_the_session_goes_on_whole()
    {
        var log = new List<string>();
        var fresh = new CSharpInterpreter(nugetCache: Path.Combine(Path.GetTempPath(), "notebookkit-test-nuget"), trace: line => { lock (log) log.Add(line); });

        var first = fresh.Execute("1 + 1");
        var loops = fresh.Execute("var total = 0;\nfor (var i = 0; i < 3; i++) total += new[] { i }.Select(x => x * 2).Sum();\ntotal");
        var error = fresh.Execute("undefinedName");

        Assert.Equal(2, first.Value);
        Assert.Equal(6, loops.Value);
        Assert.Equal("CompilationError", error.Error?.Name);
        Assert.Contains("CS0103", error.Error!.Value);
        lock (log)
        {
            Assert.Contains("interpreter: prelude ready", log);
            Assert.DoesNotContain("interpreter: warm cell done", log);
        }
    }
}
