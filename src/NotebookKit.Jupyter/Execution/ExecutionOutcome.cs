namespace NotebookKit.Jupyter.Execution;

/// <summary>What running a cell gave: a trailing value (when <see cref="HasValue"/>), or an error.</summary>
public sealed record ExecutionOutcome(bool HasValue, object? Value, ExecutionError? Error)
{
    public static ExecutionOutcome NoValue { get; } = new(false, null, null);

    public static ExecutionOutcome Of(object? value) => new(true, value, null);

    public static ExecutionOutcome Failed(ExecutionError error) => new(false, null, error);
}
