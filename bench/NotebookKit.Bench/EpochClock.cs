using System.Diagnostics;
using NotebookKit.Training;

namespace NotebookKit.Bench;

/// <summary>Wall and CPU seconds of every epoch of a <c>Fit</c>, through the public callback hooks.</summary>
internal sealed class EpochClock : Callback
{
    private readonly Process process = Process.GetCurrentProcess();
    private long startTicks;
    private TimeSpan startCpu;

    public List<(double Seconds, double CpuSeconds)> Epochs { get; } = [];

    public override void OnEpochBegin(int epoch)
    {
        process.Refresh();
        startCpu = process.TotalProcessorTime;
        startTicks = Stopwatch.GetTimestamp();
    }

    public override void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs)
    {
        double seconds = Stopwatch.GetElapsedTime(startTicks).TotalSeconds;
        process.Refresh();
        Epochs.Add((seconds, (process.TotalProcessorTime - startCpu).TotalSeconds));
    }
}
