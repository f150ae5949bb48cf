using System.Globalization;

namespace NotebookKit.Bench;

/// <summary>
/// The summary of a comparison: per setting the median samples/s with its min–max over rounds and the median CPU
/// seconds; per model NotebookKit's ratio to the fastest peer. The ratio is taken inside each round (NotebookKit's
/// faster setting against the fastest peer setting of that same round), so load that changes between rounds
/// cancels; the line gives the median ratio and its min–max over rounds, by wall time and by CPU time, and by wall
/// time with every contestant under the environment's OpenBLAS kernel (no one's own core).
/// </summary>
internal sealed class ComparisonTable(IReadOnlyList<Workload> workloads, IReadOnlyDictionary<bool, SgemmRate> sgemmRates)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public void Write(TextWriter output, IReadOnlyList<Measurement> all)
    {
        output.WriteLine();
        output.WriteLine(string.Create(Invariant,
            $"{"model",-5} {"contestant",-12} {"setting",-24} {"core",-10} {"samples/s (median)",18} {"min–max over rounds",21} {"µs/step",9} {"CPU-s",6}  runs"));
        foreach (var workload in workloads)
        {
            var runs = all.Where(m => m.Model == workload.Name).ToList();
            foreach (var g in runs.GroupBy(m => (m.Contestant, m.Setting)))
            {
                double median = Median(g.Select(m => m.Seconds));
                double slow = g.Max(m => m.Seconds), fast = g.Min(m => m.Seconds);
                output.WriteLine(string.Create(Invariant,
                    $"{workload.Name,-5} {g.Key.Contestant,-12} {g.Key.Setting,-24} {string.Join('/', g.Select(m => m.Core).Distinct()),-10} {workload.TimedSamples / median,18:N0} {$"{workload.TimedSamples / slow:N0}–{workload.TimedSamples / fast:N0}",21} {1e6 * median / workload.TimedSteps,9:N1} {Median(g.Select(m => m.CpuSeconds)),6:F2}  {g.Count()}"));
            }
            if (workload == Workload.Mlp) WriteSgemmFraction(output, workload, runs);
            WriteRatio(output, workload, runs, m => m.Seconds, "wall time");
            WriteRatio(output, workload, runs, m => m.CpuSeconds, "CPU time");
            // Like for like: every side under the environment's OPENBLAS_CORETYPE (the same OpenBLAS kernel).
            WriteRatio(output, workload, runs.Where(m => !IsOwnCore(m)).ToList(), m => m.Seconds, "wall time, everyone under the environment's OPENBLAS_CORETYPE");
        }
    }

    private static void WriteRatio(TextWriter output, Workload workload, List<Measurement> runs, Func<Measurement, double> time, string what)
    {
        var ratios = new List<double>();
        var winners = new List<string>();
        foreach (var round in runs.GroupBy(m => m.Round))
        {
            var ours = round.Where(m => m.Contestant == "NotebookKit").ToList();
            var theirs = round.Where(m => m.Contestant != "NotebookKit").ToList();
            if (ours.Count == 0 || theirs.Count == 0) continue;
            var fastestPeer = theirs.MinBy(time)!;
            ratios.Add(time(fastestPeer) / ours.Min(time));
            winners.Add($"{fastestPeer.Contestant} {fastestPeer.Setting}");
        }
        if (ratios.Count == 0) return;
        string usual = winners.GroupBy(w => w).MaxBy(g => g.Count())!.Key;
        output.WriteLine(string.Create(Invariant,
            $"  => {workload.Name} by {what}: NotebookKit / fastest peer = {Median(ratios):F2}× (min–max {ratios.Min():F2}–{ratios.Max():F2} over {ratios.Count} rounds; fastest peer most often {usual})"));
    }

    /// <summary>The MLP epoch's useful FLOPs per second against the sgemm rate: how close to the product-bound limit it runs.</summary>
    private void WriteSgemmFraction(TextWriter output, Workload workload, List<Measurement> runs)
    {
        foreach (var g in runs.Where(m => m.Contestant == "NotebookKit").GroupBy(m => m.Setting))
        {
            if (!sgemmRates.TryGetValue(IsOwnCore(g.First()), out var sgemm)) continue;
            double rate = SgemmRate.MlpFlopsPerSample * workload.TimedSamples / Median(g.Select(m => m.Seconds)) / 1e9;
            double cpuRate = SgemmRate.MlpFlopsPerSample * workload.TimedSamples / Median(g.Select(m => m.CpuSeconds)) / 1e9;
            output.WriteLine(string.Create(Invariant,
                $"  mlp NotebookKit {g.Key + ":",-25} {SgemmRate.MlpFlopsPerSample:N0} FLOP/sample → {rate:F1} GFLOP/s wall, {cpuRate:F1} per CPU-second = {100 * cpuRate / sgemm.GigaflopsOneThread:F0}% of the 1-thread sgemm rate ({sgemm.GigaflopsOneThread:F0}, core {sgemm.Core})"));
        }
    }

    private static bool IsOwnCore(Measurement m) => m.Setting.Contains("own core", StringComparison.Ordinal);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
