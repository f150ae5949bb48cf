namespace NotebookKit.Bench;

/// <summary>One training run of one model by one contestant, timed around the training loop only.</summary>
internal sealed record Measurement(string Contestant, string Threads, string Model, double Seconds, string Blas);
