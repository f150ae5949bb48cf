using System.Globalization;
using NotebookKit.Blas;

namespace NotebookKit.Bench;

/// <summary>
/// Trains every model with NotebookKit and the peers, round after round (so a busy machine slows all of them
/// alike), then prints medians, samples/s, and NotebookKit's ratio to the fastest peer.
/// </summary>
internal sealed class Comparison(string peersFolder, int rounds, IReadOnlyList<Workload> workloads)
{
    private static readonly (string Peer, int Threads)[] Peers = [("numpy", 1), ("numpy", 2), ("pytorch", 1), ("pytorch", 2)];
    private static readonly int[] KitThreads = [1, 2];

    public int Run(TextWriter output)
    {
        var invariant = CultureInfo.InvariantCulture;
        output.WriteLine($"NotebookKit bench: {rounds} round(s), medians. OPENBLAS_CORETYPE={Environment.GetEnvironmentVariable("OPENBLAS_CORETYPE") ?? "(auto)"}, " +
                         $"{Environment.ProcessorCount} cores, load average at start {LoadAverage()}.");
        output.WriteLine($"NotebookKit BLAS: {BlasRuntime.Describe()}");
        var kit = new NotebookKitRunner();
        var peers = new PeerRunner(peersFolder);
        var all = new List<Measurement>();
        foreach (var workload in workloads)
        {
            output.WriteLine($"\n{workload.Name}: {workload.Description}, batch {workload.BatchSize}");
            for (int round = 1; round <= rounds; round++)
            {
                foreach (int threads in KitThreads)
                {
                    all.Add(Report(output, round, kit.Run(workload, threads), workload));
                }
                foreach (var (peer, threads) in Peers)
                {
                    var m = peers.Run(peer, threads, workload, out var problem);
                    if (m is null)
                    {
                        output.WriteLine($"  round {round}: {problem}");
                        continue;
                    }
                    all.Add(Report(output, round, m, workload));
                }
            }
        }
        output.WriteLine();
        output.WriteLine(string.Create(invariant, $"{"model",-6} {"contestant",-12} {"threads",7} {"samples/s",11} {"µs/step",9} {"CPU-s",7} {"samples/CPU-s",13}  runs"));
        foreach (var workload in workloads)
        {
            var groups = all.Where(m => m.Model == workload.Name).GroupBy(m => (m.Contestant, m.Threads)).ToList();
            foreach (var g in groups)
            {
                double median = Median(g.Select(m => m.Seconds));
                double cpu = Median(g.Select(m => m.CpuSeconds));
                output.WriteLine(string.Create(invariant,
                    $"{workload.Name,-6} {g.Key.Contestant,-12} {g.Key.Threads,7} {workload.SamplesTrained / median,11:N0} {1e6 * median / workload.Steps,9:N1} {cpu,7:F2} {workload.SamplesTrained / cpu,13:N0}  {g.Count()}"));
            }
            var best = groups.Select(g => (g.Key.Contestant, g.Key.Threads, Median: Median(g.Select(m => m.Seconds))))
                .GroupBy(r => r.Contestant).ToDictionary(c => c.Key, c => c.MinBy(r => r.Median));
            if (best.TryGetValue("NotebookKit", out var ours))
            {
                var fastestPeer = best.Values.Where(r => r.Contestant != "NotebookKit").OrderBy(r => r.Median).FirstOrDefault();
                if (fastestPeer.Contestant is not null)
                {
                    output.WriteLine(string.Create(invariant,
                        $"  => {workload.Name}: NotebookKit ({ours.Threads} BLAS thread(s)) / fastest peer {fastestPeer.Contestant} ({fastestPeer.Threads} thread(s)) = {fastestPeer.Median / ours.Median:F2}×"));
                }
            }
        }
        output.WriteLine("\nBLAS each side used:");
        foreach (var blas in all.Select(m => $"  {m.Contestant}: {m.Blas}").Distinct())
        {
            output.WriteLine(blas);
        }
        return 0;
    }

    private static Measurement Report(TextWriter output, int round, Measurement m, Workload workload)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  round {round}: {m.Contestant,-12} {m.Threads} thread(s) {m.Seconds,8:F3} s (CPU {m.CpuSeconds,7:F3} s) {workload.SamplesTrained / m.Seconds,10:N0} samples/s"));
        return m;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
