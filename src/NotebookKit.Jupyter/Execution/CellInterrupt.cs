using System.ComponentModel;

namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// The running cell's interrupt flag. Every loop in a cell is rewritten to call <see cref="Check"/> first
/// (see <see cref="LoopInterruptRewriter"/>), so even <c>while (true) {}</c> stops when the user presses
/// Stop; library code (Fit) and blocking reads observe <see cref="Token"/>.
/// </summary>
/// <remarks>
/// Each cell gets its own source from <see cref="CellScope"/>; between cells there is none, so an interrupt
/// that arrives when no cell runs (or the kernel's own warm-up code) can never fail a later cell.
/// </remarks>
public static class CellInterrupt
{
    private static volatile CancellationTokenSource? _cell;

    /// <summary>The running cell's token; <see cref="CancellationToken.None"/> between cells.</summary>
    public static CancellationToken Token => _cell?.Token ?? CancellationToken.None;

    /// <summary>Called at the top of every loop body in user code; throws once the running cell is interrupted.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Check()
    {
        if (_cell is { IsCancellationRequested: true } cell)
            throw new OperationCanceledException("The cell was interrupted.", cell.Token);
    }

    /// <summary>Interrupts the running cell; does nothing between cells.</summary>
    internal static void Cancel()
    {
        try
        {
            _cell?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The cell ended (and its source went) between the read and the cancel: nothing left to stop.
        }
    }

    /// <summary>Makes <paramref name="source"/> the running cell's flag (null: no cell runs).</summary>
    internal static void Set(CancellationTokenSource? source) => _cell = source;
}
