namespace NotebookKit.Display;

/// <summary>
/// Hooks run when a notebook sink is attached or detached: installing the live training progress and the
/// like. Kept apart from <see cref="DisplaySession"/> so the seam stays small.
/// </summary>
internal static class Sessions
{
    /// <summary>
    /// A notebook is attached: every Fit from now on shows a live chart (see <see cref="TrainingDisplay"/>), and the
    /// real Formatting package's <c>Display()</c> family reaches the notebook (see <see cref="PolyglotDisplays"/>).
    /// </summary>
    internal static void OnAttach()
    {
        TrainingDisplay.Install();
        PolyglotDisplays.Install();
    }

    /// <summary>Nothing to undo: the installed progress picks a console bar when no notebook is attached.</summary>
    internal static void OnDetach()
    {
    }
}
