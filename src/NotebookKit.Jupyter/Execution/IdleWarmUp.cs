using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Scripting;

namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// Throwaway cells on a side branch of the session that JIT Roslyn's paths for what learners write (loops that
/// print, string interpolation, LINQ, lambdas) while the kernel is idle. A session's first loop cell otherwise
/// paid for that cold path itself. Once the completion workspace is built, a full garbage collection of the ~100 MB
/// it leaves, so that the next cell does not pay for it (start-up's own garbage is collected by
/// <see cref="StartUpCollection"/>, before the first cell).
/// </summary>
/// <remarks>
/// Only when no cell runs: right after the prelude, then again after every cell that leaves it unfinished, once
/// the kernel has been idle for <see cref="IdleDelay"/>. A cell that arrives stops it (Roslyn checks the token as
/// it binds) and the next pause resumes it at the step it stopped in, so a "Run All" whose cells follow one another
/// never competes with it, and a learner who pauses anywhere gets it. Nothing is kept: no step changes the
/// session's state, and the steps that could print are compiled, not run.
/// </remarks>
internal sealed class IdleWarmUp
{
    /// <summary>What a cell runs and compiles: a loop (the rewrite adds its interrupt check), lambdas, LINQ.</summary>
    private const string RunStep = "var __warm = new List<int> { 1 }.Select(i => i + 1).Sum(); for (var i = 0; i < 2; i++) __warm += i; __warm";

    /// <summary>What a learner's cell binds: printing in loops, interpolation and format strings, LINQ, a method.</summary>
    private const string CompileStep = """
        for (var i = 0; i < 3; i++) Console.WriteLine(i);
        foreach (var word in new[] { "a", "bc" }) Console.WriteLine($"{word}: {word.Length} {1.5:F2} {2.0 * word.Length}");
        var __words = new List<string> { "x", "y" }.Where(w => w.Length > 0).OrderBy(w => w).Select((w, n) => $"{n}. {w}").ToList();
        Console.WriteLine(string.Join(", ", __words));
        Console.WriteLine("total = " + __words.Count + ", max = " + Math.Max(1.0, 2.5));
        var __n = 0;
        while (__n < 2) { __n++; Console.Write(__n); }
        double Square(double x) => x * x;
        Console.WriteLine($"{Square(3):0.000}");
        """;

    private readonly Func<(ScriptState<object> State, ScriptOptions Options)> _session;
    private readonly Func<bool> _idle;
    private readonly Action<string>? _trace;
    private readonly Timer _whenIdle;
    private readonly object _gate = new();
    private CancellationTokenSource? _running;
    private int _stepsDone;
    private int _collectPending;

    /// <param name="session">The session's latest state and options, read when a step starts.</param>
    /// <param name="idle">True when no cell runs; read under the same lock <see cref="Stop"/> takes.</param>
    public IdleWarmUp(Func<(ScriptState<object>, ScriptOptions)> session, Func<bool> idle, Action<string>? trace)
    {
        _session = session;
        _idle = idle;
        _trace = trace;
        _whenIdle = new Timer(_ => StartIfIdle());
    }

    /// <summary>How long the kernel must be idle after a cell before an unfinished warm-up resumes.</summary>
    public TimeSpan IdleDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    public bool Done => Volatile.Read(ref _stepsDone) == 2 && Volatile.Read(ref _collectPending) == 0;

    /// <summary>Something left much garbage (the completion workspace): collect it now if idle, else at the next pause.</summary>
    public void CollectWhenIdle()
    {
        Volatile.Write(ref _collectPending, 1);
        StartIfIdle();
    }

    /// <summary>Starts (or resumes) the warm-up on a thread-pool thread unless a cell runs, it runs already or it is done.</summary>
    public void StartIfIdle()
    {
        CancellationToken stop;
        lock (_gate)
        {
            if (Done || _running is not null || !_idle())
                return;
            _running = new CancellationTokenSource();
            stop = _running.Token;
        }
        Task.Run(() => Run(stop));
    }

    /// <summary>A cell is about to run: the warm-up stops where it is (call after the cell counts as running).</summary>
    public void Stop()
    {
        lock (_gate)
            _running?.Cancel();
    }

    /// <summary>A cell ended: an unfinished warm-up resumes once the kernel has been idle for <see cref="IdleDelay"/>.</summary>
    public void ResumeWhenIdle()
    {
        if (!Done)
            _whenIdle.Change(IdleDelay, Timeout.InfiniteTimeSpan);
    }

    private void Run(CancellationToken stop)
    {
        try
        {
            if (_stepsDone == 0)
            {
                _trace?.Invoke("interpreter: warm cell starts");
                var (state, options) = _session();
                CellCompilation.Prepare(state.Script.ContinueWith<object>(LoopInterruptRewriter.Rewrite(RunStep), options)).RunFromAsync(state, cancellationToken: stop).GetAwaiter().GetResult();
                Volatile.Write(ref _stepsDone, 1);
            }
            if (_stepsDone == 1)
            {
                _trace?.Invoke("interpreter: warm-up compiles a learner's cell");
                var (state, options) = _session();
                // Compiled, emitted and loaded as a cell is, never run: its text would land on the last cell's page.
                CellCompilation.Prepare(state.Script.ContinueWith<object>(LoopInterruptRewriter.Rewrite(CompileStep), options)).CreateDelegate(stop);
                // What running such a cell then pays once: the printing path, into a stream that sends nowhere.
                CellConsole.WarmPrintingPath();
                Volatile.Write(ref _stepsDone, 2);
            }
            stop.ThrowIfCancellationRequested();
            if (Interlocked.Exchange(ref _collectPending, 0) == 1)
            {
                // Blocking (the kernel runs without a concurrent GC thread): a cell sent in these few ms waits for it once.
                GC.Collect(2, GCCollectionMode.Forced, blocking: true);
                _trace?.Invoke("interpreter: idle garbage collection done");
            }
            _trace?.Invoke("interpreter: warm cell done");
        }
        catch (OperationCanceledException)
        {
            _trace?.Invoke("interpreter: warm cell stopped by a cell");
        }
        catch (Exception e)
        {
            // A session whose usings lack what the steps use (none the kit makes), or a fault in the compiler:
            // the warm-up only saves time, so it gives up for good (retrying each pause would burn the CPU it saves).
            Volatile.Write(ref _stepsDone, 2);
            Volatile.Write(ref _collectPending, 0);
            _trace?.Invoke("interpreter: warm-up given up: " + e.Message);
        }
        finally
        {
            bool stopped;
            lock (_gate)
            {
                stopped = _running!.IsCancellationRequested;
                _running.Dispose();
                _running = null;
            }
            // A collection asked for while this ran: the next pause does it (a stopping cell re-arms that itself).
            if (!stopped)
                ResumeWhenIdle();
        }
    }
}
