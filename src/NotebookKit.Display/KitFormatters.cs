using NotebookKit.Display.Formatters;

namespace NotebookKit.Display;

/// <summary>
/// The one place the kit's formatters are listed. Order matters only for ties (later wins):
/// the catch-alls come first.
/// </summary>
internal static class KitFormatters
{
    public static IEnumerable<IObjectFormatter> All()
    {
        yield return new ObjectFormatter();
        yield return new SequenceFormatter();
        yield return new DictionaryFormatter();
        yield return new ArrayFormatter();
        foreach (var type in ScalarFormatter.Types) yield return new ScalarFormatter(type);
        yield return new MimeBundleFormatter();
        foreach (var polyglot in PolyglotTypeFormatter.All()) yield return polyglot;
        yield return new HtmlContentFormatter();
        yield return new MarkdownContentFormatter();
        yield return new TableViewFormatter();
        yield return new MatrixFormatter();
        yield return new VectorFormatter();
        yield return new PlotlyFigureFormatter();
        yield return new GenericChartFormatter();
        yield return new HistoryFormatter();
        yield return new DecisionBoundaryFormatter();
        yield return new SequentialFormatter();
        yield return new LayerFormatter();
        yield return new NeuronFormatter();
        yield return new ActivationFormatter();
        yield return new LossFormatter();
        yield return new ImageGridFormatter();
        yield return new DatasetFormatter();
        yield return new ConfusionMatrixFormatter();
    }
}
