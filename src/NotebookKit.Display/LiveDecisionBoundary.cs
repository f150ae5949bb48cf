using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Training;

namespace NotebookKit.Display;

/// <summary>
/// Pass to <c>Fit</c> (<c>callbacks: [new LiveDecisionBoundary(data)]</c>) to watch a 2-D classifier carve up the
/// plane: in a notebook the live training chart redraws the boundary beside the loss curve every
/// <see cref="Every"/> epochs, in place.
/// </summary>
public sealed class LiveDecisionBoundary : Callback
{
    private IModel? _model;
    private DecisionBoundary? _drawn;
    private int _epochs;

    public LiveDecisionBoundary(Matrix<float> X, int[] labels, int every = 5, int resolution = 40)
    {
        DecisionBoundaryInput.Check(X, labels, resolution);
        if (every < 1) throw new ArgumentOutOfRangeException(nameof(every), every, "every must be at least 1 epoch.");
        this.X = X;
        Labels = labels;
        Every = every;
        Resolution = resolution;
    }

    public LiveDecisionBoundary(Data.Dataset data, int every = 5, int resolution = 40)
        : this((data ?? throw new ArgumentNullException(nameof(data))).X, data.Labels, every, resolution)
    {
    }

    public Matrix<float> X { get; }
    public int[] Labels { get; }

    /// <summary>Epochs between redraws (the last epoch is always drawn).</summary>
    public int Every { get; }

    public int Resolution { get; }

    /// <summary>How many times the boundary was recomputed in the last Fit.</summary>
    public int Redraws { get; private set; }

    public override void OnTrainBegin(IModel model, int epochs, int batchesPerEpoch)
    {
        _model = model;
        _drawn = null;
        Redraws = 0;
        _epochs = epochs;
    }

    public override void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs)
    {
        if (epoch % Every == 0 || epoch == _epochs - 1 || _model?.StopTraining == true) Redraw();
    }

    /// <summary>Adds the boundary as a third panel on the right of the training curves.</summary>
    internal void AddPanel(PlotlyFigure figure)
    {
        if (_drawn is null) return;
        figure.Layout["xaxis3"] = Json.Axis("x₁", [0.62, 1.0], "y3");
        figure.Layout["yaxis3"] = Json.Axis("x₂", anchor: "x3");
        _drawn.AddTraces(figure.Data, "x3", "y3");
    }

    private void Redraw()
    {
        // A DecisionBoundary computes its grid when created: from the weights as they are at this epoch.
        _drawn = new DecisionBoundary(_model!, X, Labels, Resolution);
        Redraws++;
    }
}
