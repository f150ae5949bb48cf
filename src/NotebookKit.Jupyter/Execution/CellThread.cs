using System.Runtime.ExceptionServices;

namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// The one thread every cell runs on, owned by the interpreter, so an interrupt can wake a cell that is blocked
/// in <c>Thread.Sleep</c>, a wait handle, <c>Task.Wait</c> or <c>.Result</c> with <see cref="Thread.Interrupt"/>
/// without ever touching a thread the kernel or the thread pool needs.
/// </summary>
/// <remarks>
/// Work runs in the thread's own execution context, not the caller's: cells are one program, whoever asks for them.
/// <see cref="Thread.Interrupt"/> is only safe where it can land in the user's code: it is sent only while
/// <see cref="UserCode"/> is open (never while Roslyn compiles), only when the thread is blocked, and a wake-up
/// still pending when the user's code ends is consumed there, so it can never hit the next cell or the kernel.
/// </remarks>
internal sealed class CellThread : IDisposable
{
    private const int Idle = 0, Running = 1, Waking = 2;
    private readonly SleepingQueue<Action> _work = new();
    private readonly Thread _thread;
    private int _userCode;

    public CellThread()
    {
        // Deep recursion in a learner's cell should fail with a StackOverflow only very late.
        _thread = new Thread(Loop, maxStackSize: 64 * 1024 * 1024) { IsBackground = true, Name = "notebookkit-cell" };
        // The notebook's context starts empty, not as a copy of whoever created the interpreter.
        using (ExecutionContext.SuppressFlow())
            _thread.Start();
    }

    /// <summary>True while the cell's own code runs (not compiling, not between cells).</summary>
    public bool InUserCode => Volatile.Read(ref _userCode) != Idle;

    /// <summary>Runs <paramref name="work"/> on the cell thread and waits for it.</summary>
    public T Run<T>(Func<T> work)
    {
        if (Thread.CurrentThread == _thread)
            return work();
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        // No spin before sleeping: a cell takes milliseconds, and the caller's spin would take a core from it.
        using var done = new ManualResetEventSlim(false, spinCount: 0);
        if (!_work.Add(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                done.Set();
            }
        }))
            throw new ObjectDisposedException(nameof(CellThread));
        done.Wait();
        failure?.Throw();
        return result;
    }

    /// <summary>Opens the span in which <see cref="WakeFromWait"/> may interrupt the thread; dispose it when the user's code returns.</summary>
    public UserCodeSpan UserCode()
    {
        Volatile.Write(ref _userCode, Running);
        return new UserCodeSpan(this);
    }

    /// <summary>Wakes the cell if its code is blocked in a sleep, wait or join; safe from any thread, a no-op otherwise.</summary>
    public bool WakeFromWait()
    {
        if (Interlocked.CompareExchange(ref _userCode, Waking, Running) != Running)
            return false;
        var woke = false;
        try
        {
            if ((_thread.ThreadState & ThreadState.WaitSleepJoin) != 0)
            {
                _thread.Interrupt();
                woke = true;
            }
        }
        finally
        {
            Volatile.Write(ref _userCode, Running);
        }
        return woke;
    }

    private void EndUserCode()
    {
        // Wait out a WakeFromWait in progress without blocking (a pending interrupt would fire in a blocking wait).
        while (Interlocked.CompareExchange(ref _userCode, Idle, Running) != Running)
            Thread.SpinWait(20);
        ConsumePendingInterrupt();
    }

    /// <summary>A Thread.Interrupt sent just as the cell stopped waiting stays pending; Sleep(0) takes it here, harmlessly.</summary>
    private static void ConsumePendingInterrupt()
    {
        try
        {
            Thread.Sleep(0);
        }
        catch (ThreadInterruptedException)
        {
        }
    }

    private void Loop()
    {
        while (true)
        {
            Action? work;
            try
            {
                if (!_work.TryTake(out work))
                    return;
            }
            catch (ThreadInterruptedException)
            {
                // Only a cell that interrupted its own thread gets here; the next cell must still run.
                continue;
            }
            work();
        }
    }

    public void Dispose() => _work.Complete();

    internal readonly struct UserCodeSpan(CellThread owner) : IDisposable
    {
        public void Dispose() => owner.EndUserCode();
    }
}
