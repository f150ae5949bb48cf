using System.Diagnostics;
using System.Text.Json;

namespace NotebookKit.Bench;

/// <summary>Runs one Python peer once (bench/peers/*.py, Debian's /usr/bin/python3) and reads its JSON line.</summary>
internal sealed class PeerRunner(string peersFolder)
{
    private const string Python = "/usr/bin/python3";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    /// <summary>
    /// NumPy with OpenBLAS on <paramref name="threads"/> threads, or PyTorch with <paramref name="threads"/> intra-op
    /// threads (its BLAS left as the environment sets it).
    /// </summary>
    public Measurement? Run(string peer, int threads, Workload workload, out string? problem)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (peer == "numpy")
        {
            start.ArgumentList.Add(Path.Combine(peersFolder, "numpy_peer.py"));
            start.Environment["OPENBLAS_NUM_THREADS"] = threads.ToString();
        }
        else
        {
            start.ArgumentList.Add(Path.Combine(peersFolder, "torch_peer.py"));
            start.ArgumentList.Add(threads.ToString());
        }
        start.ArgumentList.Add(workload.Name);
        start.Environment["BENCH_REPEATS"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {Python}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            problem = $"{peer} ({threads} thread(s)) {workload.Name}: no result within {Limit.TotalSeconds} s";
            return null;
        }
        var line = stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.StartsWith('{'));
        if (process.ExitCode != 0 || line is null)
        {
            problem = $"{peer} ({threads} thread(s)) {workload.Name} failed (exit {process.ExitCode}): {stderr.Result.Trim().Split('\n').LastOrDefault()}";
            return null;
        }
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        problem = null;
        return new Measurement(peer == "numpy" ? "NumPy" : "PyTorch", threads.ToString(), workload.Name,
            root.GetProperty("median_seconds").GetDouble(), root.GetProperty("median_cpu_seconds").GetDouble(), root.GetProperty("blas").GetString() ?? "?");
    }
}
