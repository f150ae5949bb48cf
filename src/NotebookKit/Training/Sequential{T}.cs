using System.Globalization;
using System.Numerics;
using System.Text;
using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;
using NotebookKit.Localization;
using NotebookKit.Losses;
using NotebookKit.Optimizers;

namespace NotebookKit.Training;

/// <summary>
/// A stack of layers applied in order: A⁽ˡ⁾ = layerₗ(A⁽ˡ⁻¹⁾), A⁽⁰⁾ = X. Training runs forward to ŷ = A⁽ᴸ⁾, the loss
/// L(ŷ, y), then backward through the layers in reverse, and lets the optimizer step every parameter.
/// </summary>
/// <remarks>
/// Create with layers (or <see cref="Add"/> them), <see cref="Compile"/> with an optimizer, a loss and metrics,
/// then <see cref="Fit"/>, <see cref="Evaluate"/>, <see cref="Predict"/>. Weights are initialised when the model
/// is built — from the first layer's declared input size, or the first data it sees — from <see cref="Seed"/>.
/// Use <see cref="Sequential"/> for float models; <c>Sequential&lt;double&gt;</c> runs the same code for gradient checks.
/// </remarks>
public partial class Sequential<T> where T : struct, IFloatingPointIeee754<T>
{
    private readonly List<Layer<T>> layers = [];
    private readonly List<Parameter<T>> parameters = [];
    private readonly List<Metric> metrics = [];
    private Matrix<T>? outputGradient, probabilities;
    private int seed;

    public Sequential(params Layer<T>[] layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        foreach (var layer in layers) Add(layer);
    }

    /// <summary>The layers, input side first.</summary>
    public IReadOnlyList<Layer<T>> Layers => layers;

    /// <summary>
    /// Seeds weight initialisation (layer l draws from a stream derived from Seed and l). Default 0.
    /// Setting it on a built model re-initialises the weights, so <c>new Sequential(…) { Seed = 7 }</c> means what it says.
    /// </summary>
    public int Seed
    {
        get => seed;
        set
        {
            seed = value;
            if (IsBuilt) Build(InputShape!);
        }
    }

    /// <summary>True once every layer knows its shapes and has its weights.</summary>
    public bool IsBuilt => layers.Count > 0 && layers.TrueForAll(l => l.IsBuilt);

    /// <summary>The optimizer given to <see cref="Compile"/>, or null.</summary>
    public Optimizer? Optimizer { get; private set; }

    /// <summary>The loss given to <see cref="Compile"/>, or null.</summary>
    public Loss? Loss { get; private set; }

    /// <summary>The metrics given to <see cref="Compile"/>.</summary>
    public IReadOnlyList<Metric> Metrics => metrics;

    /// <summary>Set to true (from a callback) to end <c>Fit</c> after the current epoch.</summary>
    public bool StopTraining { get; set; }

    /// <summary>The shape of one input sample, once built.</summary>
    public Shape? InputShape => layers.Count > 0 ? layers[0].InputShape : null;

    /// <summary>The shape of one output sample, once built.</summary>
    public Shape? OutputShape => layers.Count > 0 ? layers[^1].OutputShape : null;

    /// <summary>The number of trainable scalars in all layers.</summary>
    public int ParameterCount => layers.Sum(l => l.ParameterCount);

    /// <summary>Every trainable tensor, layer by layer.</summary>
    public IReadOnlyList<Parameter<T>> Parameters => parameters;

    /// <summary>Appends a layer; it is named after its position (<c>Dense #3</c>) and built at once if the model is.</summary>
    public void Add(Layer<T> layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        if (layers.Contains(layer))
            throw new ArgumentException($"{layer.Name} is already in this model; create a new layer instead of adding one twice.", nameof(layer));
        if (layers.Count > 0 && layer.DeclaredInputShape is not null && layers[^1].OutputShape is { } previous
            && !previous.Equals(layer.DeclaredInputShape))
            throw new ArgumentException(
                $"{layer.Kind} #{layers.Count + 1} declares input shape {layer.DeclaredInputShape} but {layers[^1].Name} outputs {previous}.", nameof(layer));
        bool wasBuilt = IsBuilt;
        layers.Add(layer);
        layer.Name = $"{layer.Kind} #{layers.Count}";
        try
        {
            if (wasBuilt)
            {
                layer.Build(layers[^2].OutputShape!, LayerSeed(layers.Count - 1));
                parameters.AddRange(layer.Parameters);
            }
            else if (layers.Count == 1 && layer.DeclaredInputShape is not null)
            {
                Build(layer.DeclaredInputShape);
            }
        }
        catch
        {
            // A layer that cannot follow the previous one is not kept: the model stays as it was.
            layers.RemoveAt(layers.Count - 1);
            throw;
        }
    }

    /// <summary>
    /// Builds every layer for samples of <paramref name="inputShape"/>, initialising the weights from <see cref="Seed"/>.
    /// Building again re-initialises.
    /// </summary>
    public void Build(Shape inputShape)
    {
        ArgumentNullException.ThrowIfNull(inputShape);
        if (layers.Count == 0) throw new InvalidOperationException("The model has no layers; Add some first.");
        parameters.Clear();
        Shape shape = inputShape;
        for (int i = 0; i < layers.Count; i++)
        {
            layers[i].Build(shape, LayerSeed(i));
            parameters.AddRange(layers[i].Parameters);
            shape = layers[i].OutputShape!;
        }
        Optimizer?.Reset();
    }

    /// <summary>Chooses how to train: the optimizer, the loss, and the metrics reported per epoch.</summary>
    public void Compile(Optimizer optimizer, Loss loss, IEnumerable<Metric>? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(loss);
        Optimizer = optimizer;
        Loss = loss;
        this.metrics.Clear();
        foreach (var metric in metrics ?? [])
        {
            ArgumentNullException.ThrowIfNull(metric, nameof(metrics));
            if (this.metrics.Exists(m => m.Name == metric.Name))
                throw new ArgumentException($"The metric '{metric.Name}' is listed twice.", nameof(metrics));
            this.metrics.Add(metric);
        }
        optimizer.Reset();
    }

    /// <summary>
    /// Runs X (n × input size) through every layer and returns the last layer's output buffer (reused on the next
    /// call — copy it to keep it; <see cref="Predict"/> does).
    /// </summary>
    public Matrix<T> Forward(Matrix<T> X, bool training = false)
    {
        CheckInput(X, nameof(X));
        Matrix<T> A = DenseOf(X);
        foreach (var layer in layers) A = layer.Forward(A, training);
        return A;
    }

    /// <summary>The model's output for X (n × input size), as a new n × output matrix. Runs in batches of 256 rows.</summary>
    public Matrix<T> Predict(Matrix<T> X, int batchSize = 256)
    {
        CheckInput(X, nameof(X));
        if (batchSize <= 0) throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "batchSize must be positive.");
        var result = Matrix<T>.Build.Dense(X.RowCount, OutputShape!.Size);
        using var releaseBuffers = new BufferRelease(this);
        for (int start = 0; start < X.RowCount; start += batchSize)
        {
            int rows = Math.Min(batchSize, X.RowCount - start);
            var batch = rows == X.RowCount ? DenseOf(X) : X.SubMatrix(start, rows, 0, X.ColumnCount);
            result.SetSubMatrix(start, 0, Forward(batch));
        }
        return result;
    }

    /// <summary>The loss and metrics on (X, y), without training.</summary>
    public EvaluationResult Evaluate(Matrix<T> X, Matrix<T> y, int batchSize = 256)
    {
        RequireCompiled();
        CheckData(X, y, "X", "y");
        if (batchSize <= 0) throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "batchSize must be positive.");
        double lossSum = 0;
        var metricSums = new double[metrics.Count];
        using var releaseBuffers = new BufferRelease(this);
        for (int start = 0; start < X.RowCount; start += batchSize)
        {
            int rows = Math.Min(batchSize, X.RowCount - start);
            bool whole = rows == X.RowCount;
            var xb = whole ? DenseOf(X) : X.SubMatrix(start, rows, 0, X.ColumnCount);
            var yb = whole ? DenseOf(y) : y.SubMatrix(start, rows, 0, y.ColumnCount);
            var output = Forward(xb);
            lossSum += Loss!.Compute(output, yb) * rows;
            AccumulateMetrics(output, yb, metricSums, rows);
        }
        var values = new Dictionary<string, double>(StringComparer.Ordinal) { ["loss"] = lossSum / X.RowCount + Penalty() };
        for (int m = 0; m < metrics.Count; m++) values[metrics[m].Name] = metricSums[m] / X.RowCount;
        return new EvaluationResult(values);
    }

    /// <summary>
    /// One forward and backward pass on (X, y): fills every parameter's gradient dL/dθ and returns the loss
    /// (with the L2 penalty Σ λ/2·‖W‖²). Does not change the weights.
    /// </summary>
    public double ComputeGradients(Matrix<T> X, Matrix<T> y, bool training = false)
    {
        RequireCompiled();
        CheckData(X, y, "X", "y");
        return Backpropagate(X, y, training, needInputGradient: false).Loss;
    }

    /// <summary>Like <see cref="ComputeGradients"/>, and also returns dL/dX (n × input size).</summary>
    public (double Loss, Matrix<T> InputGradient) ComputeGradientsWithInput(Matrix<T> X, Matrix<T> y, bool training = false)
    {
        RequireCompiled();
        CheckData(X, y, "X", "y");
        var (loss, dX) = Backpropagate(X, y, training, needInputGradient: true);
        return (loss, dX!);
    }

    /// <summary>One optimizer step on one batch; returns the batch loss before the step.</summary>
    public double TrainOnBatch(Matrix<T> X, Matrix<T> y)
    {
        RequireCompiled();
        CheckData(X, y, "X", "y");
        double loss = Backpropagate(X, y, training: true, needInputGradient: false).Loss;
        Optimizer!.Step(parameters);
        return loss;
    }

    /// <summary>
    /// A table of the layers with their output shapes and parameter counts, like Keras' <c>summary()</c>, in the kit's
    /// language (<see cref="KitLanguage"/>); columns line up in a monospace font, Chinese characters counting double.
    /// </summary>
    public string Summary()
    {
        TryBuildFromDeclaredShape();
        var rows = new List<string[]> { new[] { KitText.Get("Summary_Layer"), KitText.Get("Summary_Configuration"), KitText.Get("Summary_OutputShape"), KitText.Get("Summary_Params") } };
        foreach (var layer in layers)
            rows.Add([layer.Name, layer.Describe(), layer.OutputShape?.ToString() ?? "?", layer.ParameterCount.ToString("N0", CultureInfo.InvariantCulture)]);
        var widths = Enumerable.Range(0, 4).Select(c => rows.Max(r => TextWidth.Of(r[c]))).ToArray();
        string Pad(string cell, int c) => c == 3 ? TextWidth.PadLeft(cell, widths[c]) : TextWidth.PadRight(cell, widths[c]);
        var text = new StringBuilder();
        text.AppendLine($"{GetType().Name.Split('`')[0]}" + (InputShape is { } input ? KitText.Format("Summary_Input", input) : KitText.Get("Summary_NotBuilt")));
        foreach (var row in rows)
            text.AppendLine(string.Join("   ", row.Select(Pad)).TrimEnd());
        text.Append(KitText.Format("Summary_TotalParams", ParameterCount.ToString("N0", CultureInfo.InvariantCulture)));
        return text.ToString();
    }

    public override string ToString() => $"{GetType().Name.Split('`')[0]}({string.Join(" → ", layers.Select(l => l.Describe()))})";

    internal (double Loss, Matrix<T>? InputGradient) Backpropagate(Matrix<T> X, Matrix<T> y, bool training, bool needInputGradient)
    {
        Matrix<T> output = Forward(X, training);
        double loss = Loss!.Compute(output, y) + Penalty();
        Layer<T> last = layers[^1];
        Matrix<T> g = Reuse(ref outputGradient, output.RowCount, output.ColumnCount);
        bool needBelow(int i) => i > 0 || needInputGradient;
        Matrix<T>? gradient;
        if (last.OutputActivation is { } activation && Loss.FusesWith(activation))
        {
            // Softmax + cross-entropy (or sigmoid + binary CE): dL/dZ = (ŷ − y)/scale, skipping both Jacobians.
            Loss.FusedGradient(output, y, g);
            gradient = last.BackwardFromPreActivation(g, needBelow(layers.Count - 1));
        }
        else
        {
            Loss.Gradient(output, y, g);
            gradient = last.BackwardChecked(g, needBelow(layers.Count - 1));
        }
        for (int i = layers.Count - 2; i >= 0; i--)
            gradient = layers[i].BackwardChecked(gradient!, needBelow(i));
        AddWeightDecayGradients();
        return (loss, gradient);
    }

    /// <summary>
    /// Drops every layer's batch buffers (and the loss gradient's) when Fit, Evaluate or Predict ends: they are sized
    /// for the last batch — the lesson-07 CNN's im2col and activation matrices for 256 images pass 100 MB — and would otherwise live as long
    /// as the model, for every model a notebook keeps. Forward, TrainOnBatch and ComputeGradients keep theirs, so a
    /// hand-written loop (and Backward after Forward) reuses them from step to step.
    /// </summary>
    private void ReleaseBuffers()
    {
        foreach (var layer in layers) layer.ReleaseBuffers();
        outputGradient = probabilities = null;
    }

    /// <summary>Calls <see cref="ReleaseBuffers"/> when disposed: <c>using var</c> in a method with many exits.</summary>
    private readonly struct BufferRelease(Sequential<T> model) : IDisposable
    {
        public void Dispose() => model.ReleaseBuffers();
    }

    /// <summary>L(model(X), y) + penalty, forward only: what a finite-difference check perturbs.</summary>
    internal double LossValue(Matrix<T> X, Matrix<T> y, bool training) => Loss!.Compute(Forward(X, training), y) + Penalty();

    /// <summary>Σ λ/2·‖θ‖² over the parameters with weight decay λ.</summary>
    private double Penalty()
    {
        double penalty = 0;
        foreach (var p in parameters)
        {
            if (p.WeightDecay == 0) continue;
            double sumSquares = 0;
            foreach (T w in p.ValueStorage) sumSquares += double.CreateTruncating(w * w);
            penalty += p.WeightDecay / 2 * sumSquares;
        }
        return penalty;
    }

    // d(λ/2·‖W‖²)/dW = λ·W, added to the data gradient
    private void AddWeightDecayGradients()
    {
        foreach (var p in parameters)
        {
            if (p.WeightDecay == 0) continue;
            T lambda = T.CreateTruncating(p.WeightDecay);
            for (int i = 0; i < p.ValueStorage.Length; i++) p.GradientStorage[i] += lambda * p.ValueStorage[i];
        }
    }

    private void AccumulateMetrics(Matrix<T> output, Matrix<T> y, double[] sums, int rows)
    {
        if (metrics.Count == 0) return;
        Matrix<T> p = output;
        if (Loss!.FromLogits)
        {
            p = Reuse(ref probabilities, output.RowCount, output.ColumnCount);
            Loss.ToProbabilities(output, p);
        }
        for (int m = 0; m < metrics.Count; m++) sums[m] += metrics[m].Compute(p, y) * rows;
    }

    private int LayerSeed(int index) => unchecked(Seed * 1_000_003 + index * 7919 + 17);

    private void TryBuildFromDeclaredShape()
    {
        if (!IsBuilt && layers.Count > 0 && layers[0].DeclaredInputShape is { } shape) Build(shape);
    }

    private void EnsureBuilt(Matrix<T> X)
    {
        if (IsBuilt) return;
        if (layers.Count == 0) throw new InvalidOperationException("The model has no layers; Add some first.");
        Build(layers[0].DeclaredInputShape ?? new Shape(X.ColumnCount));
    }

    private void RequireCompiled()
    {
        if (Optimizer is null || Loss is null)
            throw new InvalidOperationException("Compile the model first: model.Compile(optimizer: new Adam(), loss: Loss.…).");
    }

    private void CheckInput(Matrix<T> X, string name)
    {
        ArgumentNullException.ThrowIfNull(X, name);
        if (X.RowCount == 0 || X.ColumnCount == 0)
            throw new ArgumentException($"{name} is empty ({X.RowCount}×{X.ColumnCount}); it needs at least one row (sample).", name);
        EnsureBuilt(X);
        int expected = layers[0].InputShape!.Size;
        if (X.ColumnCount != expected)
        {
            string what = layers[0].InputShape!.Rank == 1 ? $"{expected} inputs" : $"{expected} inputs ({layers[0].InputShape})";
            throw new ArgumentException($"{layers[0].Name} expects {what}, got {X.ColumnCount} (input shape {X.RowCount}×{X.ColumnCount}).", name);
        }
    }

    private void CheckData(Matrix<T> X, Matrix<T> y, string xName, string yName)
    {
        CheckInput(X, xName);
        ArgumentNullException.ThrowIfNull(y, yName);
        if (y.RowCount != X.RowCount)
            throw new ArgumentException($"{xName} has {X.RowCount} rows (samples) but {yName} has {y.RowCount}; they must match.", yName);
        int outputs = OutputShape!.Size;
        if (y.ColumnCount != outputs)
            throw new ArgumentException(
                $"{yName} has {y.ColumnCount} column{(y.ColumnCount == 1 ? "" : "s")} but the model outputs {outputs} ({layers[^1].Name})"
                + (y.ColumnCount == 1 && outputs > 1 ? "; one-hot encode the class labels." : "."), yName);
        Loss!.ValidateTargets(y, yName);
    }

    private static Matrix<T> Reuse(ref Matrix<T>? buffer, int rows, int columns)
    {
        if (buffer is null || buffer.RowCount != rows || buffer.ColumnCount != columns)
            buffer = Matrix<T>.Build.Dense(rows, columns);
        return buffer;
    }

    private static Matrix<T> DenseOf(Matrix<T> m) => m.AsColumnMajorArray() is null ? Matrix<T>.Build.DenseOfMatrix(m) : m;
}
