using System.Globalization;
using NotebookKit.Localization;

namespace NotebookKit.Training;

/// <summary>Prints one line per epoch — <c>Epoch 3/10: loss 0.3120, accuracy 0.8910</c> — to a console or any writer.</summary>
public sealed class ConsoleProgress : Callback
{
    private readonly TextWriter writer;
    private int epochs;

    public ConsoleProgress(TextWriter? writer = null) => this.writer = writer ?? Console.Out;

    public override void OnTrainBegin(IModel model, int epochs, int batchesPerEpoch) => this.epochs = epochs;

    public override void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs) =>
        writer.WriteLine(KitText.Format("Console_Epoch", epoch + 1, epochs) + string.Join(", ", logs.Select(kv => $"{MetricNames.Display(kv.Key)} {kv.Value.ToString("0.0000", CultureInfo.InvariantCulture)}")));
}
