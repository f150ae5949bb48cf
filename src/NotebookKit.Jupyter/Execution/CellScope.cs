using NotebookKit.Display;
using NotebookKit.Training;

namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// Where a cell's context begins and ends: everything the interpreter hands the cell's code is made in
/// <see cref="Begin"/> and taken back in <see cref="Dispose"/>, which the interpreter calls in a <c>finally</c>, so
/// success, an error, an interrupt and the warm-up all leave the same clean state behind.
/// </summary>
/// <remarks>
/// A cell's context: its interrupt (a fresh token, also raised by <see cref="CellInterrupt"/> for the loop checks
/// rewritten into its code), its <see cref="CellOutput"/> (the display sink <c>display</c> and <c>Fit</c> see through
/// <see cref="DisplaySession.Current"/>, in front of the port the caller passed for this cell) and one immutable
/// <see cref="TrainingContext"/> holding that token and the live-chart factory bound to that sink. The context flows
/// with the cell's code (see <see cref="TrainingContext"/> for why), so a plain <c>model.Fit(x, y)</c> shows its chart
/// and stops on Stop, and nothing of it outlives the cell except in tasks the cell itself started.
/// </remarks>
internal sealed class CellScope : IDisposable
{
    private readonly CancellationTokenSource _interrupt;
    private readonly CellConsole _console;
    private readonly IDisposable _training;
    private readonly IDisposable? _display;
    private bool _ended;

    private CellScope(CancellationToken request, ICellOutput? port, OutputPage page, CellConsole console)
    {
        _interrupt = CancellationTokenSource.CreateLinkedTokenSource(request);
        CellInterrupt.Set(_interrupt);
        _console = console;
        Output = port is null ? null : new CellOutput(port, page, console);
        _console.Follow(Output);
        _training = TrainingContext.Use(new TrainingContext(_interrupt.Token, null));
        // Without an output (a silent cell, the interpreter on its own) Fit shows nothing, as a library call would.
        _display = Output is null ? null : DisplaySession.Use(Output);
    }

    /// <summary>
    /// Starts a cell: a fresh interrupt flag, cancelled by the request's <paramref name="interrupt"/> (already, if the
    /// user pressed Stop before the cell got here) or by <see cref="CellInterrupt.Cancel"/>; <c>Fit</c> sees it
    /// through <see cref="TrainingContext.Current"/>. Its outputs go to <paramref name="port"/> (null: nowhere), charts
    /// share <paramref name="page"/>'s plotly.js. Call on the thread that runs the cell, and dispose there.
    /// </summary>
    public static CellScope Begin(CancellationToken interrupt, ICellOutput? port, OutputPage page, CellConsole console) =>
        new(interrupt, port, page, console);

    /// <summary>Cancelled when this cell is interrupted.</summary>
    public CancellationToken Token => _interrupt.Token;

    public bool Interrupted => _interrupt.IsCancellationRequested;

    /// <summary>This cell's sink and way to its port, or null when nothing of the cell is shown.</summary>
    public CellOutput? Output { get; }

    public void Dispose()
    {
        if (_ended)
            return;
        _ended = true;
        // Everything the cell printed reaches the port before the caller answers the request.
        _console.EndCell();
        CellInterrupt.Set(null);
        _display?.Dispose();
        _training.Dispose();
        // The source is not disposed: code the cell left running (a task, a timer) may still read its token,
        // and it dies with the request's source it is linked to.
    }
}
