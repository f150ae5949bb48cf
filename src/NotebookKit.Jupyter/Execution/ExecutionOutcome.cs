using NotebookKit.Display;

namespace NotebookKit.Jupyter.Execution;

/// <summary>What running a cell gave: a trailing value (when <see cref="HasValue"/>), or an error.</summary>
public sealed record ExecutionOutcome(bool HasValue, object? Value, ExecutionError? Error)
{
    public static ExecutionOutcome NoValue { get; } = new(false, null, null);

    /// <summary>The value as the notebook shows it, when it was formatted (a shown cell's result, an evaluated expression).</summary>
    public MimeBundle? Bundle { get; init; }

    public static ExecutionOutcome Of(object? value) => new(true, value, null);

    public static ExecutionOutcome Failed(ExecutionError error) => new(false, null, error);
}
