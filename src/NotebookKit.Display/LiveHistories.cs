using System.Runtime.CompilerServices;
using NotebookKit.Training;

namespace NotebookKit.Display;

/// <summary>
/// The Histories a <see cref="LiveTrainingChart"/> has already drawn. <c>var h = model.Fit(…); h</c> would
/// otherwise show the same chart twice in one cell: the first time such a History is formatted it renders as
/// its table only, pointing at the chart above; every later display draws the chart again.
/// </summary>
internal static class LiveHistories
{
    private static readonly ConditionalWeakTable<History, object> Drawn = new();

    public static void MarkDrawn(History history) => Drawn.AddOrUpdate(history, Drawn);

    /// <summary>True once for a History a live chart drew, then false.</summary>
    public static bool TakeDrawn(History history) => Drawn.Remove(history);
}
