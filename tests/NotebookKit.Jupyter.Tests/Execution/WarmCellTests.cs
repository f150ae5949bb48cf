using NotebookKit.Jupyter.Execution;

namespace NotebookKit.Jupyter.Tests.Execution;

/// <summary>
/// The warm-up (throwaway cells that JIT what learners' cells compile) runs only while no cell runs: a cell stops it
/// instead of waiting for it, a pause resumes it where it stopped, and the session it leaves behind is whole (the
/// cells' values, nothing printed, none of its variables).
/// </summary>
public sealed class WarmCellTests
{
    private const string Starts = "interpreter: warm cell starts";
    private const string CompileStep = "interpreter: warm-up compiles a learner's cell";
    private const string Stopped = "interpreter: warm cell stopped by a cell";
    private const string Done = "interpreter: warm cell done";
    private static readonly string NugetCache = Path.Combine(Path.GetTempPath(), "notebookkit-test-nuget");

    [Fact]
    public void Cells_sent_at_once_never_wait_for_it_and_the_session_goes_on_whole()
    {
        var log = new List<string>();
        var fresh = new CSharpInterpreter(nugetCache: NugetCache, trace: line => { lock (log) log.Add(line); })
        {
            WarmUpIdleDelay = Timeout.InfiniteTimeSpan,
        };

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
            Assert.DoesNotContain(Done, log);
        }
        Assert.False(fresh.WarmedUp);
    }

    [Fact]
    public void The_preludes_loop_leaves_no_name_and_prints_nothing()
    {
        var fresh = new CSharpInterpreter(nugetCache: NugetCache) { WarmUpIdleDelay = Timeout.InfiniteTimeSpan };
        var output = new RecordingOutput();

        var error = fresh.Execute("i", output);

        Assert.Equal("CompilationError", error.Error?.Name);
        Assert.Contains("CS0103", error.Error!.Value);
        Assert.DoesNotContain(output.Calls, call => call.Kind is "stdout" or "stderr");
        Assert.Equal(3, fresh.Execute("for (var i = 0; i < 3; i++) { }\n3").Value);
    }

    [Fact]
    public async Task A_pause_after_a_cell_finishes_it_without_touching_the_session()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var interpreter = new CSharpInterpreter(nugetCache: NugetCache, trace: line => { if (line == Done) done.TrySetResult(); })
        {
            WarmUpIdleDelay = TimeSpan.FromMilliseconds(50),
            AssistantIdleDelay = Timeout.InfiniteTimeSpan,
        };
        var output = new RecordingOutput();

        var first = interpreter.Execute("var n = 41;\nn + 1", output);
        await done.Task.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(42, first.Value);
        Assert.True(interpreter.WarmedUp);
        // The warm-up's cells print and declare variables; none of it reaches the page or the session.
        Assert.DoesNotContain(output.Calls, call => call.Kind is "stdout" or "stderr");
        var undeclared = interpreter.Execute("__words");
        Assert.Equal("CompilationError", undeclared.Error?.Name);
        Assert.Contains("CS0103", undeclared.Error!.Value);
        Assert.Equal(42, interpreter.Execute("n + 1").Value);
    }

    [Fact]
    public async Task A_cell_arriving_while_it_compiles_stops_it_and_the_next_pause_resumes_it_at_that_step()
    {
        var log = new List<string>();
        var firstCellCompiled = new ManualResetEventSlim();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<ExecutionOutcome>? cell = null;
        CSharpInterpreter? interpreter = null;
        interpreter = new CSharpInterpreter(nugetCache: NugetCache, trace: line =>
        {
            int compiles;
            lock (log)
            {
                log.Add(line);
                compiles = log.Count(l => l == CompileStep);
            }
            if (line == "interpreter: first cell compiled")
                firstCellCompiled.Set();
            else if (line == Done)
                done.TrySetResult();
            else if (line == CompileStep && compiles == 1)
            {
                // The learner's cell arrives just as the warm-up starts its compile step; the step begins only once
                // that cell has been compiled, so it always begins stopped.
                cell = Task.Run(() => interpreter!.Execute("6 * 7"));
                Assert.True(firstCellCompiled.Wait(TimeSpan.FromSeconds(60)));
            }
        })
        {
            WarmUpIdleDelay = TimeSpan.FromMilliseconds(50),
            AssistantIdleDelay = Timeout.InfiniteTimeSpan,
        };

        await done.Task.WaitAsync(TimeSpan.FromSeconds(120));

        Assert.Equal(42, (await cell!).Value);
        lock (log)
        {
            Assert.Single(log, l => l == Starts);
            var stopped = log.IndexOf(Stopped);
            Assert.True(stopped > log.IndexOf(CompileStep), string.Join("\n", log));
            // Resumed at the compile step, not from the start.
            Assert.Equal(2, log.Count(l => l == CompileStep));
            Assert.True(log.LastIndexOf(CompileStep) > stopped && log.IndexOf(Done) > stopped);
        }
        Assert.True(interpreter.WarmedUp);
    }

    [Fact]
    public async Task Start_up_is_collected_before_the_first_cell_and_the_completion_workspace_at_a_pause()
    {
        const string StartUpCollected = "interpreter: start-up garbage collection done";
        const string IdleCollected = "interpreter: idle garbage collection done";
        var log = new List<string>();
        var warmedUp = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var idleCollected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var interpreter = new CSharpInterpreter(nugetCache: NugetCache, trace: line =>
        {
            lock (log)
                log.Add(line);
            if (line == Done)
                warmedUp.TrySetResult();
            else if (line == IdleCollected)
                idleCollected.TrySetResult();
        })
        {
            WarmUpIdleDelay = TimeSpan.FromMilliseconds(50),
            AssistantIdleDelay = Timeout.InfiniteTimeSpan,
        };

        Assert.Equal(2, interpreter.Execute("1 + 1").Value);
        await warmedUp.Task.WaitAsync(TimeSpan.FromSeconds(60));
        lock (log)
        {
            // Once, after the prelude and before the first cell ran; the warm-up adds no collection of its own.
            Assert.Single(log, l => l == StartUpCollected);
            Assert.True(log.IndexOf(StartUpCollected) > log.IndexOf("interpreter: prelude ready"), string.Join("\n", log));
            Assert.True(log.IndexOf(StartUpCollected) < log.IndexOf("interpreter: first cell ran"), string.Join("\n", log));
            Assert.DoesNotContain(IdleCollected, log);
        }
        Assert.True(interpreter.WarmedUp);

        // The first completion builds the workspace; once built, its garbage is collected while the kernel is idle.
        Assert.Contains("Math", interpreter.Complete("Mat", 3).Matches);
        await idleCollected.Task.WaitAsync(TimeSpan.FromSeconds(60));
        lock (log)
            Assert.Single(log, l => l == IdleCollected);
        Assert.Equal(2, interpreter.Execute("1 + 1").Value);
    }
}
