namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// The language side of the kernel, like xeus' <c>xinterpreter</c>: the kernel owns the protocol, the
/// interpreter owns the code and turns what it makes into finished outputs, sent through the one
/// <see cref="ICellOutput"/> port the caller passes with each cell. Positions here are UTF-16 indexes; the
/// kernel converts code points.
/// </summary>
public interface IInterpreter
{
    /// <summary>
    /// Runs a cell and waits for it; returns its value or its error. Printed text, displays and the value (as the
    /// cell's result, last) go to <paramref name="output"/>, in order; with none (a silent request) nothing is shown.
    /// </summary>
    /// <param name="interrupt">The request's interrupt: cancelled, it stops the cell (even one that has not started yet).</param>
    ExecutionOutcome Execute(string code, ICellOutput? output, CancellationToken interrupt = default);

    /// <summary>
    /// Evaluates an expression against the current state without changing it (user_expressions): its value comes
    /// back formatted in <see cref="ExecutionOutcome.Bundle"/>, what it prints or displays goes to <paramref name="output"/>.
    /// </summary>
    ExecutionOutcome Evaluate(string expression, ICellOutput? output, CancellationToken interrupt = default);

    CompletionResult Complete(string code, int cursor);

    InspectionResult Inspect(string code, int cursor, int detailLevel);

    CompletenessResult IsComplete(string code);

    /// <summary>Stops the running cell, if any (between cells it does nothing); safe from any thread.</summary>
    void Interrupt();
}
