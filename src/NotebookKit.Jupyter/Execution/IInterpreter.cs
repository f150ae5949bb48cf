namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// The language side of the kernel, like xeus' <c>xinterpreter</c>: the kernel owns the protocol, the
/// interpreter owns the code. Positions here are UTF-16 indexes; the kernel converts code points.
/// Output during <see cref="Execute"/> goes to <see cref="Console"/> and the display session, which the kernel redirects.
/// </summary>
public interface IInterpreter
{
    /// <summary>Runs a cell on the calling thread; returns its value or its error.</summary>
    ExecutionOutcome Execute(string code);

    /// <summary>Evaluates an expression against the current state without changing it (user_expressions).</summary>
    ExecutionOutcome Evaluate(string expression);

    CompletionResult Complete(string code, int cursor);

    InspectionResult Inspect(string code, int cursor, int detailLevel);

    CompletenessResult IsComplete(string code);

    /// <summary>Stops the running cell, if any; safe from any thread.</summary>
    void Interrupt();
}
