using BenchmarkDotNet.Running;
using NotebookKit.Bench;

// bash bench/run.sh [compare] [--rounds N] [--models mlp,cnn,tiny]   NotebookKit vs NumPy vs PyTorch
// bash bench/run.sh micro [BenchmarkDotNet args]                       sgemm: OpenBLAS vs managed
if (args.Length > 0 && args[0] == "micro")
{
    BenchmarkRunner.Run<SgemmBenchmark>(args: args[1..]);
    return 0;
}

int rounds = 3;
var workloads = Workload.All.ToList();
for (int i = args.Length > 0 && args[0] == "compare" ? 1 : 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--rounds" when i + 1 < args.Length && int.TryParse(args[i + 1], out rounds) && rounds > 0:
            i++;
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
            Console.Error.WriteLine($"unknown or incomplete argument '{args[i]}'. Usage: compare [--rounds N] [--models mlp,cnn,tiny] | micro");
            return 2;
    }
}

var peers = FindPeers();
if (peers is null)
{
    Console.Error.WriteLine("bench/peers not found: run from the repository (bash bench/run.sh).");
    return 2;
}
return new Comparison(peers, rounds, workloads).Run(Console.Out);

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
