using System.Diagnostics;
using System.Globalization;
using NotebookKit.Localization;
using NotebookKit.Training;

namespace NotebookKit.Display;

/// <summary>
/// <c>Fit</c>'s progress in a terminal: a bar redrawn in place (<c>\r</c>) with epoch, batch, loss and ETA,
/// at most a few times a second, and one line of logs per epoch. When the output is redirected (a log file),
/// only the per-epoch lines are written.
/// </summary>
public sealed class ConsoleProgressBar : Callback
{
    private const int Width = 24;
    private readonly TextWriter _writer;
    private readonly bool _interactive;
    private readonly long _interval = Stopwatch.Frequency / 5;
    private long _started, _lastDrawn;
    private int _epochs, _batches;

    public ConsoleProgressBar(TextWriter? writer = null, bool? interactive = null)
    {
        _writer = writer ?? Console.Out;
        _interactive = interactive ?? (writer is null || writer == Console.Out) && !Console.IsOutputRedirected;
    }

    public override void OnTrainBegin(IModel model, int epochs, int batchesPerEpoch)
    {
        _epochs = epochs;
        _batches = batchesPerEpoch;
        _started = Stopwatch.GetTimestamp();
    }

    public override void OnBatchEnd(int epoch, int batch, double loss)
    {
        if (!_interactive) return;
        long now = Stopwatch.GetTimestamp();
        if (now - _lastDrawn < _interval && batch != _batches - 1) return;
        _lastDrawn = now;
        double done = (epoch + (batch + 1) / (double)Math.Max(1, _batches)) / Math.Max(1, _epochs);
        double elapsed = Stopwatch.GetElapsedTime(_started).TotalSeconds;
        int filled = (int)Math.Round(done * Width);
        string eta = done > 0 ? KitText.Format("Console_Eta", (elapsed / done * (1 - done)).ToString("0", CultureInfo.InvariantCulture)) : "";
        _writer.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {KitText.Format("Console_Batch", epoch + 1, _epochs, batch + 1, _batches, loss.ToString("0.0000", CultureInfo.InvariantCulture))}{eta}   ");
    }

    public override void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs)
    {
        if (_interactive) _writer.Write('\r' + new string(' ', Width + 60) + '\r');
        _writer.WriteLine(KitText.Format("Console_Epoch", epoch + 1, _epochs) +
            string.Join(", ", logs.Select(kv => $"{MetricNames.Display(kv.Key)} {kv.Value.ToString("0.0000", CultureInfo.InvariantCulture)}")));
    }
}
