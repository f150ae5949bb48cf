using System.Diagnostics;
using System.Text.Json;

namespace NotebookKit.Bench;

/// <summary>
/// Runs one contestant setting once in a fresh process — a Python peer (bench/peers/*.py, Debian's /usr/bin/python3)
/// or this program's own <c>kit</c> verb — and reads the JSON line it prints (the format of bench/peers/common.py).
/// </summary>
internal sealed class ProcessRunner(string peersFolder)
{
    private const string Python = "/usr/bin/python3";
    // Far above any run that could be the fastest (2–7 s on a loaded machine), low enough to skip a pathological one.
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public Measurement? Run(Setting setting, Workload workload, int round, out string? problem)
    {
        var start = setting.IsKit ? KitCommand() : new ProcessStartInfo(Python);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        if (!setting.IsKit) start.ArgumentList.Add(Path.Combine(peersFolder, setting.Program == "numpy" ? "numpy_peer.py" : "torch_peer.py"));
        start.ArgumentList.Add(setting.Threads.ToString());
        start.ArgumentList.Add(workload.Name);
        if (!setting.IsKit) start.Environment["OPENBLAS_NUM_THREADS"] = setting.Threads.ToString();
        if (setting.AutoCore) UseOwnCore(start);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        string name = $"{setting.Contestant} ({setting.Label}) {workload.Name}";
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            problem = $"{name}: no result within {Limit.TotalSeconds} s";
            return null;
        }
        var line = stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.StartsWith('{'));
        if (process.ExitCode != 0 || line is null)
        {
            problem = $"{name} failed (exit {process.ExitCode}): {stderr.Result.Trim().Split('\n').LastOrDefault()}";
            return null;
        }
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        long samples = root.GetProperty("samples").GetInt64();
        if (samples != workload.TimedSamples)
        {
            problem = $"{name} timed {samples} samples, expected {workload.TimedSamples}: the contestants and Workload.cs disagree";
            return null;
        }
        var environment = root.GetProperty("environment");
        string blas = $"{root.GetProperty("blas").GetString()}; OpenBLAS core {root.GetProperty("openblas_core").GetString()}" +
                      $" (OPENBLAS_CORETYPE={environment.GetProperty("OPENBLAS_CORETYPE").GetString()}, OPENBLAS_L2_SIZE={environment.GetProperty("OPENBLAS_L2_SIZE").GetString()})";
        (int, double)? jit = root.TryGetProperty("jit_methods", out var jitMethods) && root.TryGetProperty("jit_seconds", out var jitSeconds)
            ? (jitMethods.GetInt32(), jitSeconds.GetDouble())
            : null;
        problem = null;
        return new Measurement(setting.Contestant, setting.Label, workload.Name, round,
            root.GetProperty("seconds").GetDouble(), root.GetProperty("cpu_seconds").GetDouble(), blas, root.GetProperty("openblas_core").GetString() ?? "?", jit);
    }

    /// <summary>The sgemm rate NotebookKit's OpenBLAS reaches with its own core (this program's <c>sgemm</c> verb in a child).</summary>
    public static SgemmRate? MeasureSgemmWithOwnCore(out string? problem)
    {
        var start = KitCommand("sgemm");
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        UseOwnCore(start);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var line = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.StartsWith('{'));
        problem = process.ExitCode == 0 && line is not null ? null : $"sgemm with own core failed (exit {process.ExitCode}): {stderr.Result.Trim()}";
        return problem is null ? SgemmRate.Parse(line!) : null;
    }

    /// <summary>"Own core": OpenBLAS picks this CPU's kernel itself. Both variables go together: the L2 size is the
    /// override that goes with a forced core type. Only the child's environment changes.</summary>
    private static void UseOwnCore(ProcessStartInfo start)
    {
        start.Environment.Remove("OPENBLAS_CORETYPE");
        start.Environment.Remove("OPENBLAS_L2_SIZE");
    }

    /// <summary>This program again, with the <c>kit</c> verb: `dotnet NotebookKit.Bench.dll kit THREADS MODEL`.</summary>
    private static ProcessStartInfo KitCommand(string verb = "kit")
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet");
        string entry = typeof(ProcessRunner).Assembly.Location;
        if (!Path.GetFileNameWithoutExtension(start.FileName).Equals("NotebookKit.Bench", StringComparison.Ordinal))
            start.ArgumentList.Add(entry);
        start.ArgumentList.Add(verb);
        return start;
    }
}
