namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// The language side of the kernel, like xeus' <c>xinterpreter</c>: the kernel owns the protocol, the
/// interpreter owns the code. Positions here are UTF-16 indexes; the kernel converts code points.
/// Output during <see cref="Execute"/> goes to <see cref="Console"/> and the display session, which the kernel redirects.
/// </summary>
public interface IInterpreter
{
    /// <summary>Runs a cell and waits for it; returns its value or its error.</summary>
    /// <param name="interrupt">The request's interrupt: cancelled, it stops the cell (even one that has not started yet).</param>
    ExecutionOutcome Execute(string code, CancellationToken interrupt = default);

    /// <summary>Evaluates an expression against the current state without changing it (user_expressions).</summary>
    ExecutionOutcome Evaluate(string expression, CancellationToken interrupt = default);

    CompletionResult Complete(string code, int cursor);

    InspectionResult Inspect(string code, int cursor, int detailLevel);

    CompletenessResult IsComplete(string code);

    /// <summary>Stops the running cell, if any (between cells it does nothing); safe from any thread.</summary>
    void Interrupt();
}
