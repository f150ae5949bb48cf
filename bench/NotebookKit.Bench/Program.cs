using BenchmarkDotNet.Running;
using NotebookKit.Bench;

// bash bench/run.sh [compare] [--rounds N] [--models mlp,cnn,tiny] [--as-set]   NotebookKit vs NumPy vs PyTorch
// bash bench/run.sh profile [BLAS threads]                            per-layer µs per batch, bytes allocated per step
// bash bench/run.sh micro [BenchmarkDotNet args]                       sgemm: OpenBLAS vs managed
if (args.Length > 0 && args[0] == "profile")
{
    int profileThreads = args.Length > 1 && int.TryParse(args[1], out var t) ? t : 1;
    return LayerProfile.Run(Console.Out, profileThreads, steps: 2000);
}
if (args.Length == 3 && args[0] == "kit" && int.TryParse(args[1], out int kitThreads) && Workload.All.FirstOrDefault(w => w.Name == args[2]) is { } kitWorkload)
{
    return NotebookKitRunner.Run(Console.Out, kitThreads, kitWorkload); // one contestant run, started by the comparison
}
if (args.Length == 1 && args[0] == "sgemm")
{
    return SgemmRate.Print(Console.Out); // the sgemm rate under this process's OpenBLAS core, read by the comparison
}
if (args.Length > 0 && args[0] == "micro")
{
    BenchmarkRunner.Run<SgemmBenchmark>(args: args[1..]);
    return 0;
}

int rounds = 5;
bool withAutoCore = true;
var workloads = Workload.All.ToList();
for (int i = args.Length > 0 && args[0] == "compare" ? 1 : 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--rounds" when i + 1 < args.Length && int.TryParse(args[i + 1], out rounds) && rounds > 0:
            i++;
            break;
        case "--as-set":
            withAutoCore = false; // every contestant only under the environment's OPENBLAS_CORETYPE
            break;
        case "--models" when i + 1 < args.Length:
            var names = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var unknown = names.Except(Workload.All.Select(w => w.Name)).ToList();
            if (unknown.Count > 0)
            {
                Console.Error.WriteLine($"unknown model(s) {string.Join(", ", unknown)}; choose from mlp, cnn, tiny");
                return 2;
            }
            workloads = Workload.All.Where(w => names.Contains(w.Name)).ToList();
            break;
        default:
            Console.Error.WriteLine($"unknown or incomplete argument '{args[i]}'. Usage: compare [--rounds N] [--models mlp,cnn,tiny] [--as-set] | micro");
            return 2;
    }
}

var peers = FindPeers();
if (peers is null)
{
    Console.Error.WriteLine("bench/peers not found: run from the repository (bash bench/run.sh).");
    return 2;
}
return new Comparison(peers, rounds, workloads, withAutoCore).Run(Console.Out);

static string? FindPeers()
{
    foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "peers");
            if (File.Exists(Path.Combine(candidate, "numpy_peer.py")))
            {
                return candidate;
            }
        }
    }
    return null;
}
