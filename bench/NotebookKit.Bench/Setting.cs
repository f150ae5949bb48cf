namespace NotebookKit.Bench;

/// <summary>
/// One contestant setting, run in its own fresh process (so each side pays its own start-up and warm-up alike):
/// NotebookKit with <see cref="Threads"/> OpenBLAS threads; NumPy with OPENBLAS_NUM_THREADS = <see cref="Threads"/>;
/// PyTorch with torch.set_num_threads(<see cref="Threads"/>) and the same OPENBLAS_NUM_THREADS for the OpenBLAS its
/// Linear layers call (set_num_threads does not reach it: without it a 1-thread run keeps a second BLAS thread).
/// <see cref="AutoCore"/> ("own core") removes OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE from that one process's
/// environment so its OpenBLAS picks this CPU's kernel itself. Every contestant runs both ways, NotebookKit too, and
/// the faster counts: the rule is the same for all sides (tests and CI never change these variables).
/// </summary>
internal sealed record Setting(string Program, int Threads, bool AutoCore)
{
    public string Contestant => Program switch { "numpy" => "NumPy", "pytorch" => "PyTorch", _ => "NotebookKit" };

    public bool IsKit => Program == "notebookkit";

    public string Label => $"{Threads} thread(s){(AutoCore ? ", own core" : "")}";

    public static IReadOnlyList<Setting> All(bool withAutoCore) =>
    [
        .. from program in new[] { "notebookkit", "numpy", "pytorch" }
           from auto in withAutoCore ? new[] { false, true } : new[] { false }
           from threads in new[] { 1, 2 }
           select new Setting(program, threads, auto),
    ];
}
