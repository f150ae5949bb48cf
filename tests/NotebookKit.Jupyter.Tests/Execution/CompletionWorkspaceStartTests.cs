using NotebookKit.Jupyter.Execution;

namespace NotebookKit.Jupyter.Tests.Execution;

/// <summary>
/// The completion workspace (~1 s of CPU, ~100 MB) is built when the learner pauses or asks for a completion,
/// never by running cells: a "Run All" or a notebook run does not compete with it.
/// </summary>
public sealed class CompletionWorkspaceStartTests
{
    private const string Starts = "interpreter: completion workspace starts";
    private static readonly string NugetCache = Path.Combine(Path.GetTempPath(), "notebookkit-test-nuget");

    [Fact]
    public void Running_cells_never_builds_it_and_the_first_completion_does()
    {
        var log = new List<string>();
        var interpreter = new CSharpInterpreter(nugetCache: NugetCache, trace: line => { lock (log) log.Add(line); })
        {
            AssistantIdleDelay = Timeout.InfiniteTimeSpan,
        };

        interpreter.Execute("var learningRate = 0.1;");
        interpreter.Execute("learningRate * 2");
        lock (log)
            Assert.DoesNotContain(Starts, log);

        var completion = interpreter.Complete("learningR", 9);

        Assert.Contains("learningRate", completion.Matches);
        lock (log)
            Assert.Single(log, line => line == Starts);
    }

    [Fact]
    public async Task A_pause_after_a_cell_builds_it_in_the_background()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var interpreter = new CSharpInterpreter(nugetCache: NugetCache, trace: line => { if (line == Starts) started.TrySetResult(); })
        {
            AssistantIdleDelay = TimeSpan.FromMilliseconds(50),
        };

        interpreter.Execute("1 + 1");

        await started.Task.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Contains("Math", interpreter.Complete("Mat", 3).Matches);
    }
}
