namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// The session's first full garbage collection, once, at the end of the prelude: before the first cell runs, while
/// only start-up's objects are live.
/// </summary>
/// <remarks>
/// Start-up allocates about 3 MB on the large object heap, which spends the runtime's first large-object budget. The
/// first cell after it that allocated a large object (10,000 printed lines: one 100 KB string) then paid the session's
/// first full collection of everything the cells before it had left: 25-48 ms of pause in bench/kernel's back-to-back
/// cell (GCStart reason "AllocLarge", measured in the kernel). Here it costs ~15 ms, which a first cell that arrived
/// during the prelude waits for, and leaves a fresh budget. The idle warm-up cannot do it: cells sent back to back
/// ("Run All") never leave the kernel idle.
/// </remarks>
internal static class StartUpCollection
{
    public static void Run(Action<string>? trace)
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true);
        trace?.Invoke("interpreter: start-up garbage collection done");
    }
}
