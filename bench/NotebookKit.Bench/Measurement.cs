namespace NotebookKit.Bench;

/// <summary>
/// One training run of one model by one contestant setting, timed around the training loop only: wall-clock
/// seconds (what the ratio uses) and the process's CPU seconds (all its threads), for the part the workload times;
/// <see cref="Core"/> is the OpenBLAS kernel the process really ran ("Haswell", "Cooperlake", "?"); <see cref="Jit"/>
/// what the JIT compiled in that time (NotebookKit only: methods, seconds on all threads).
/// </summary>
internal sealed record Measurement(string Contestant, string Setting, string Model, int Round, double Seconds, double CpuSeconds, string Blas, string Core,
    (int Methods, double Seconds)? Jit = null);
