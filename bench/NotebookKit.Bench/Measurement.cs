namespace NotebookKit.Bench;

/// <summary>
/// One training run of one model by one contestant, timed around the training loop only: wall-clock seconds
/// (what the ratio uses) and the process's CPU seconds (all its threads; steadier when the machine is shared).
/// </summary>
internal sealed record Measurement(string Contestant, string Threads, string Model, double Seconds, double CpuSeconds, string Blas);
