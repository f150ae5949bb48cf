using NotebookKit.Training;

namespace NotebookKit.Display;

/// <summary>
/// Connects <c>Fit</c> to the display: sets <see cref="TrainingHost.DefaultProgress"/> so every Fit in a notebook
/// gets a <see cref="LiveTrainingChart"/>, and outside one a <see cref="ConsoleProgressBar"/>. Installed when a
/// notebook attaches; console programs can call <see cref="Install"/>.
/// </summary>
public static class TrainingDisplay
{
    private static readonly Func<IModel, Callback?> Factory = Create;

    /// <summary>Makes every later <c>Fit</c> show its progress (a live chart in a notebook, a bar in a console).</summary>
    public static void Install() => TrainingHost.DefaultProgress = Factory;

    /// <summary>True when <see cref="TrainingHost.DefaultProgress"/> is ours.</summary>
    public static bool IsInstalled => TrainingHost.DefaultProgress == Factory;

    /// <summary>
    /// Called by a notebook host when a cell ends, on the thread that ran it: forgets a <see cref="LiveDecisionBoundary"/>
    /// whose <c>Fit</c> was interrupted before its chart took it, so the next cell's chart does not show it.
    /// </summary>
    public static void EndCell() => LiveDecisionBoundary.TakeActive();

    private static Callback Create(IModel model) =>
        DisplaySession.Current is { } sink ? new LiveTrainingChart(sink) : new ConsoleProgressBar(Console.Out);
}
