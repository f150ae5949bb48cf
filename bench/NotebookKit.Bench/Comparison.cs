using System.Globalization;
using NotebookKit.Blas;

namespace NotebookKit.Bench;

/// <summary>
/// Trains every model with NotebookKit and every peer setting, round after round, each round in a fresh shuffled
/// order (so a busy machine slows all of them alike and no one always runs first), then prints per-setting medians
/// and NotebookKit's ratio to the fastest peer, computed within each round, as a median with its min–max.
/// </summary>
internal sealed class Comparison(string peersFolder, int rounds, IReadOnlyList<Workload> workloads, bool withAutoCore)
{
    public int Run(TextWriter output)
    {
        output.WriteLine($"NotebookKit bench: {rounds} interleaved round(s). {Environment.ProcessorCount} cores, load average at start {LoadAverage()}, " +
                         $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.");
        output.WriteLine($"The environment sets OPENBLAS_CORETYPE={Variable("OPENBLAS_CORETYPE")}, OPENBLAS_L2_SIZE={Variable("OPENBLAS_L2_SIZE")}; " +
                         $"every contestant runs as set and with its own core (both removed from its process only). As set: {BlasRuntime.Describe()}");
        var rates = new Dictionary<bool, SgemmRate>();
        if (BlasRuntime.IsOpenBlas)
        {
            rates[false] = SgemmRate.Measure();
            output.WriteLine($"as set:   {rates[false]}");
            if (withAutoCore)
            {
                var own = ProcessRunner.MeasureSgemmWithOwnCore(out var problem);
                if (own is not null) rates[true] = own;
                output.WriteLine(own is null ? problem : $"own core: {own}");
            }
        }
        var runner = new ProcessRunner(peersFolder);
        var all = new List<Measurement>();
        var failed = new HashSet<(string, Setting)>();
        var shuffle = new Random(15);
        foreach (var workload in workloads)
        {
            output.WriteLine($"\n{workload.Name}: {workload.Description}, batch {workload.BatchSize}");
            for (int round = 1; round <= rounds; round++)
            {
                var settings = Setting.All(withAutoCore).ToArray();
                shuffle.Shuffle(settings);
                foreach (var setting in settings)
                {
                    if (failed.Contains((workload.Name, setting)))
                        continue; // a setting that timed out or failed once is not retried: it is not the fastest
                    var m = runner.Run(setting, workload, round, out var problem);
                    if (m is null)
                    {
                        output.WriteLine($"  round {round}: {problem}");
                        failed.Add((workload.Name, setting));
                        continue;
                    }
                    all.Add(Report(output, m, workload));
                }
            }
        }
        output.WriteLine($"\nLoad average at the end {LoadAverage()}.");
        new ComparisonTable(workloads, rates).Write(output, all);
        output.WriteLine("\nBLAS each side used:");
        foreach (var blas in all.Select(m => $"  {m.Contestant}: {m.Blas}").Distinct().Order())
            output.WriteLine(blas);
        return 0;
    }

    private static Measurement Report(TextWriter output, Measurement m, Workload workload)
    {
        string jit = m.Jit is { } compiled ? string.Create(CultureInfo.InvariantCulture, $"   JIT {compiled.Methods,4} methods {compiled.Seconds * 1000,4:F0} ms") : "";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  round {m.Round}: {m.Contestant,-12} {m.Setting,-24} {m.Core,-10} {m.Seconds,8:F3} s (CPU {m.CpuSeconds,7:F3} s) {workload.TimedSamples / m.Seconds,11:N0} samples/s") + jit);
        return m;
    }

    private static string Variable(string name) => Environment.GetEnvironmentVariable(name) ?? "(unset)";

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
