using NotebookKit.Training;

namespace NotebookKit.Display;

/// <summary>
/// Connects <c>Fit</c> to the display through a <see cref="TrainingContext"/>: with a notebook sink every Fit gets a
/// <see cref="LiveTrainingChart"/> (showing a <see cref="LiveDecisionBoundary"/> given to the same Fit), without one a
/// <see cref="ConsoleProgressBar"/>. The kernel's cell scope and <see cref="DisplaySession.Use"/> put it in force;
/// a console program writes <c>using var progress = TrainingDisplay.Use();</c>.
/// </summary>
public static class TrainingDisplay
{
    /// <summary>The progress factory for <paramref name="sink"/> (null: the console).</summary>
    public static Func<IModel, IReadOnlyList<Callback>, Callback?> ProgressFor(IDisplaySink? sink) =>
        (_, callbacks) => sink is null
            ? new ConsoleProgressBar(Console.Out)
            : new LiveTrainingChart(sink, boundary: callbacks.OfType<LiveDecisionBoundary>().FirstOrDefault());

    /// <summary>Makes every <c>Fit</c> in this flow show its progress on the console until the result is disposed.</summary>
    public static IDisposable Use() => TrainingContext.Use(TrainingContext.Current.WithProgress(ProgressFor(null)));

    /// <summary>
    /// Until the result is disposed, <c>Fit</c> shows no progress of its own: for a cell that trains many models
    /// (a comparison over optimizers or seeds) and draws one chart of all of them itself. The cell's cancellation
    /// still holds: Stop still stops.
    /// <code>using (TrainingDisplay.Quiet()) { … many Fit calls … }</code>
    /// </summary>
    public static IDisposable Quiet() => TrainingContext.Use(TrainingContext.Current.WithProgress(null));

    /// <summary>True where <c>Fit</c> adds no progress of its own (inside <see cref="Quiet"/>, or with no host).</summary>
    public static bool IsQuiet => TrainingContext.Current.Progress is null;
}
