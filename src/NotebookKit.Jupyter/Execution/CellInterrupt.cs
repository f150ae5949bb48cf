using System.ComponentModel;

namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// The notebook-wide interrupt flag. Every loop in a cell is rewritten to call <see cref="Check"/> first
/// (see <see cref="LoopInterruptRewriter"/>), so even <c>while (true) {}</c> stops when the user presses
/// Stop; library code (Fit) and blocking reads observe <see cref="Token"/>.
/// </summary>
public static class CellInterrupt
{
    private static volatile CancellationTokenSource _source = new();

    public static CancellationToken Token => _source.Token;

    /// <summary>Called at the top of every loop body in user code; throws once the cell is interrupted.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Check()
    {
        if (_source.IsCancellationRequested)
            throw new OperationCanceledException("The cell was interrupted.", _source.Token);
    }

    internal static void Cancel() => _source.Cancel();

    /// <summary>A fresh token for the next cell, so an interrupt of one cell never leaks into the next.</summary>
    internal static void Reset()
    {
        if (_source.IsCancellationRequested)
            _source = new CancellationTokenSource();
    }
}
