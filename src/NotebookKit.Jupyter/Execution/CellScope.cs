using NotebookKit.Display;
using NotebookKit.Training;

namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// Where a cell's context begins and ends: everything the kernel hands the library for one cell is made in
/// <see cref="Begin"/> and taken back in <see cref="Dispose"/>, which the interpreter calls in a <c>finally</c>, so
/// success, an error, an interrupt and the warm-up all leave the same clean state behind.
/// </summary>
/// <remarks>
/// A cell's context: its interrupt (a fresh token, also raised by <see cref="CellInterrupt"/> for the loop checks
/// rewritten into its code) and, for <c>Fit</c>, one immutable <see cref="TrainingContext"/> holding that token and
/// the live-chart factory bound to the session's display sink (<see cref="DisplaySession"/>, attached once by the
/// kernel). The training context flows with the cell's code (see <see cref="TrainingContext"/> for why), so
/// a plain <c>model.Fit(x, y)</c> shows its chart and stops on Stop, and nothing of it outlives the cell.
/// </remarks>
internal sealed class CellScope : IDisposable
{
    private readonly CancellationTokenSource _interrupt;
    private readonly IDisposable _training;
    private bool _ended;

    private CellScope(CancellationToken request)
    {
        _interrupt = CancellationTokenSource.CreateLinkedTokenSource(request);
        CellInterrupt.Set(_interrupt);
        // Without a notebook attached (the interpreter on its own) Fit shows nothing, as a library call would.
        var progress = DisplaySession.Current is { } sink ? TrainingDisplay.ProgressFor(sink) : null;
        _training = TrainingContext.Use(new TrainingContext(_interrupt.Token, progress));
    }

    /// <summary>
    /// Starts a cell: a fresh interrupt flag, cancelled by the request's <paramref name="interrupt"/> (already, if the
    /// user pressed Stop before the cell got here) or by <see cref="CellInterrupt.Cancel"/>; <c>Fit</c> sees it
    /// through <see cref="TrainingContext.Current"/>. Call on the thread that runs the cell, and dispose there.
    /// </summary>
    public static CellScope Begin(CancellationToken interrupt = default) => new(interrupt);

    /// <summary>Cancelled when this cell is interrupted.</summary>
    public CancellationToken Token => _interrupt.Token;

    public bool Interrupted => _interrupt.IsCancellationRequested;

    public void Dispose()
    {
        if (_ended)
            return;
        _ended = true;
        CellInterrupt.Set(null);
        _training.Dispose();
        // The source is not disposed: code the cell left running (a task, a timer) may still read its token,
        // and it dies with the request's source it is linked to.
    }
}
