namespace NotebookKit.Jupyter.Runner;

/// <summary>
/// Watches a <see cref="RunJob"/> as it goes, one notebook after another: how a front end shows progress (the CLI's
/// progress bars or plain lines) without the run knowing about consoles.
/// </summary>
public interface IRunObserver
{
    /// <summary>
    /// A notebook of <paramref name="codeCells"/> code cells is about to run; the progress returned (or null) receives
    /// its cell-by-cell reports. The observer gets numbers, not the notebook: showing progress never reads notebooks.
    /// </summary>
    IProgress<RunProgress>? Starting(string path, int codeCells);

    /// <summary>The notebook has run (or failed); its executed copy is not yet written.</summary>
    void Finished(NotebookRunResult result);
}
