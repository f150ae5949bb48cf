using NotebookKit.Jupyter.Execution;

namespace NotebookKit.Jupyter.Tests.Execution;

/// <summary>The thread cells run on: woken from blocking waits only inside the user's code, and never afterwards.</summary>
public sealed class CellThreadTests : IDisposable
{
    private readonly CellThread _cells = new();

    public void Dispose() => _cells.Dispose();

    [Fact]
    public async Task A_blocked_cell_is_woken_and_the_thread_serves_the_next_cell()
    {
        using var blocked = new ManualResetEventSlim();
        var waker = Task.Run(() =>
        {
            while (!_cells.WakeFromWait())
                Thread.Sleep(5);
        });

        var woken = _cells.Run(() =>
        {
            using (_cells.UserCode())
            {
                try
                {
                    blocked.Wait();
                    return false;
                }
                catch (ThreadInterruptedException)
                {
                    return true;
                }
            }
        });
        await waker;

        Assert.True(woken);
        Assert.Equal(7, _cells.Run(() => 7));
    }

    [Fact]
    public void A_wake_up_still_pending_when_the_users_code_ends_never_reaches_the_next_cell()
    {
        _cells.Run(() =>
        {
            using (_cells.UserCode())
                Thread.CurrentThread.Interrupt(); // as if the cell stopped waiting just as the wake-up was sent
            return 0;
        });

        var next = _cells.Run(() =>
        {
            Thread.Sleep(10);
            return "slept";
        });

        Assert.Equal("slept", next);
    }

    [Fact]
    public async Task Outside_the_users_code_nothing_is_woken()
    {
        using var started = new ManualResetEventSlim();
        var compiling = Task.Run(() => _cells.Run(() =>
        {
            started.Set();
            Thread.Sleep(200); // the kernel's own work: Roslyn compiling, say
            return "done";
        }));
        started.Wait();

        Assert.False(_cells.WakeFromWait());
        Assert.Equal("done", await compiling);
    }

    [Fact]
    public void Work_runs_in_the_threads_own_execution_context_not_the_callers()
    {
        var local = new AsyncLocal<string> { Value = "the caller's" };

        Assert.Null(_cells.Run(() => local.Value));
    }

    [Fact]
    public void An_exception_reaches_the_caller_with_its_stack()
    {
        var thrown = Assert.Throws<NotSupportedException>(() => _cells.Run<int>(() => throw new NotSupportedException("plumbing")));

        Assert.Equal("plumbing", thrown.Message);
    }
}
