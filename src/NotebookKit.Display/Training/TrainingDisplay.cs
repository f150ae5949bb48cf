using NotebookKit.Training;

namespace NotebookKit.Display;

/// <summary>
/// Connects <c>Fit</c> to the display: sets <see cref="TrainingHost.DefaultProgress"/> so every Fit in a notebook
/// gets a <see cref="LiveTrainingChart"/>, and outside one a <see cref="ConsoleProgressBar"/>. Installed when a
/// notebook attaches; console programs can call <see cref="Install"/>.
/// </summary>
public static class TrainingDisplay
{
    private static readonly Func<Sequential, Callback?> Factory = Create;
    private static readonly AsyncLocal<bool> QuietFlow = new();

    /// <summary>Makes every later <c>Fit</c> show its progress (a live chart in a notebook, a bar in a console).</summary>
    public static void Install() => TrainingHost.DefaultProgress = Factory;

    /// <summary>True when <see cref="TrainingHost.DefaultProgress"/> is ours.</summary>
    public static bool IsInstalled => TrainingHost.DefaultProgress == Factory;

    /// <summary>
    /// Called by a notebook host when a cell ends, on the thread that ran it: forgets a <see cref="LiveDecisionBoundary"/>
    /// whose <c>Fit</c> was interrupted before its chart took it, so the next cell's chart does not show it.
    /// </summary>
    public static void EndCell() => LiveDecisionBoundary.TakeActive();

    /// <summary>
    /// Until the result is disposed, <c>Fit</c> shows no progress of its own: for a cell that trains many models
    /// (a comparison over optimizers or seeds) and draws one chart of all of them itself.
    /// <code>using (TrainingDisplay.Quiet()) { … many Fit calls … }</code>
    /// </summary>
    public static IDisposable Quiet()
    {
        bool previous = QuietFlow.Value;
        QuietFlow.Value = true;
        return new Restore(() => QuietFlow.Value = previous);
    }

    /// <summary>True inside a <see cref="Quiet"/> scope.</summary>
    public static bool IsQuiet => QuietFlow.Value;

    private static Callback? Create(Sequential model) =>
        QuietFlow.Value ? null
        : DisplaySession.Current is { } sink ? new LiveTrainingChart(sink) : new ConsoleProgressBar(Console.Out);

    private sealed class Restore(Action undo) : IDisposable
    {
        private Action? _undo = undo;

        public void Dispose() => Interlocked.Exchange(ref _undo, null)?.Invoke();
    }
}
