namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// After an interrupt, keeps waking the cell thread while the interrupted cell runs: a cell can block again
/// right after being woken (or block a moment after the interrupt arrived). If the cell still runs after
/// <see cref="Patience"/>, it is in code nothing can stop from outside, and the learner reads that in the cell.
/// </summary>
internal sealed class InterruptWatchdog(CellThread cells, TimeSpan patience)
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(50);
    private int _watching;

    public TimeSpan Patience { get; } = patience;

    /// <summary>Starts watching while the running cell is interrupted, unless a watch already runs.</summary>
    public void Watch()
    {
        if (Interlocked.Exchange(ref _watching, 1) == 1)
            return;
        new Thread(() =>
        {
            do
            {
                WhileInterrupted();
                Volatile.Write(ref _watching, 0);
            }
            // An interrupt that arrived as this watch ended found it busy: take it over instead of losing it.
            while (CellInterrupt.Token.IsCancellationRequested && Interlocked.Exchange(ref _watching, 1) == 0);
        }) { IsBackground = true, Name = "notebookkit-interrupt" }.Start();
    }

    private void WhileInterrupted()
    {
        var warned = CancellationToken.None;
        var started = DateTime.UtcNow;
        var cell = CellInterrupt.Token;
        while (cell.IsCancellationRequested)
        {
            cells.WakeFromWait();
            if (warned != cell && DateTime.UtcNow - started > Patience)
            {
                warned = cell;
                Console.Error.WriteLine(
                    $"The cell is still running {Patience.TotalSeconds:0} s after the interrupt: it is inside code that never checks for one " +
                    "(a native call, or a long loop inside a library). Wait for it, or restart the kernel (Kernel ▸ Restart): " +
                    "that stops it for sure, but the variables are lost.");
            }
            Thread.Sleep(Period);
            var next = CellInterrupt.Token;
            if (next != cell)
            {
                (cell, started) = (next, DateTime.UtcNow);
            }
        }
    }
}
