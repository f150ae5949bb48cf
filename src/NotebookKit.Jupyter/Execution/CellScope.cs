using NotebookKit.Display;
using NotebookKit.Training;

namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// Where a cell's context begins and ends: everything the kernel hands the library for one cell is set in
/// <see cref="Begin"/> and reset in <see cref="Dispose"/>, which the interpreter calls in a <c>finally</c>, so
/// success, an error, an interrupt and the warm-up all leave the same clean state behind.
/// </summary>
/// <remarks>
/// Per cell: the interrupt flag (<see cref="CellInterrupt"/>), the cancellation <c>Fit</c> checks
/// (<see cref="TrainingHost.Cancellation"/>) and a <see cref="LiveDecisionBoundary"/> an interrupted <c>Fit</c>
/// left waiting for its chart. Per session, not per cell: the display sink the kernel attaches
/// (<see cref="DisplaySession"/>) and the live-chart factory it installs (<see cref="TrainingHost.DefaultProgress"/>).
/// </remarks>
internal sealed class CellScope : IDisposable
{
    private readonly CancellationTokenSource _interrupt;
    private bool _ended;

    private CellScope(CancellationToken request) => _interrupt = CancellationTokenSource.CreateLinkedTokenSource(request);

    /// <summary>
    /// Starts a cell: a fresh interrupt flag, cancelled by the request's <paramref name="interrupt"/> (already, if the
    /// user pressed Stop before the cell got here) or by <see cref="CellInterrupt.Cancel"/>; library code sees it
    /// through <see cref="TrainingHost.Cancellation"/>.
    /// </summary>
    public static CellScope Begin(CancellationToken interrupt = default)
    {
        var scope = new CellScope(interrupt);
        CellInterrupt.Set(scope._interrupt);
        TrainingHost.Cancellation = scope._interrupt.Token;
        return scope;
    }

    /// <summary>Cancelled when this cell is interrupted.</summary>
    public CancellationToken Token => _interrupt.Token;

    public bool Interrupted => _interrupt.IsCancellationRequested;

    public void Dispose()
    {
        if (_ended)
            return;
        _ended = true;
        CellInterrupt.Set(null);
        TrainingHost.Cancellation = CancellationToken.None;
        TrainingDisplay.EndCell();
        // The source is not disposed: code the cell left running (a task, a timer) may still read its token,
        // and it dies with the request's source it is linked to.
    }
}
