namespace NotebookKit.Display;

/// <summary>
/// Hooks run when a notebook sink is attached or detached: installing the live training progress and the
/// like. Kept apart from <see cref="DisplaySession"/> so the seam stays small.
/// </summary>
internal static class Sessions
{
    internal static void OnAttach()
    {
    }

    internal static void OnDetach()
    {
    }
}
