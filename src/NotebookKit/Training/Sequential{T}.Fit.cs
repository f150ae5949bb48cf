using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Blas;

namespace NotebookKit.Training;

public partial class Sequential<T>
{
    /// <summary>
    /// Trains for <paramref name="epochs"/> passes over (X, y): each epoch shuffles the rows (seeded), cuts them into
    /// batches of <paramref name="batchSize"/>, and for each batch runs forward, backward and one optimizer step.
    /// Returns the per-epoch loss and metrics (and <c>val_…</c> with validation data).
    /// </summary>
    /// <param name="X">Inputs, one row per sample.</param>
    /// <param name="y">Targets, one row per sample (one-hot for classification with several classes).</param>
    /// <param name="epochs">Passes over the training data.</param>
    /// <param name="batchSize">Samples per step (default 32); a full-batch optimizer uses all of them.</param>
    /// <param name="shuffle">Reorder the samples every epoch (default true).</param>
    /// <param name="seed">Seeds shuffling and dropout; default <see cref="Seed"/>. Same seed, same history, bit for bit.</param>
    /// <param name="validationSplit">Hold out this fraction of the rows — the last ones, before shuffling, as Keras does.</param>
    /// <param name="validationData">Held-out (X, y) to evaluate after every epoch (instead of a split).</param>
    /// <param name="callbacks">Hooks called during training; in a notebook the <see cref="TrainingContext"/> adds a live chart.</param>
    public History Fit(
        Matrix<T> X,
        Matrix<T> y,
        int epochs = 1,
        int batchSize = 32,
        bool shuffle = true,
        int? seed = null,
        double validationSplit = 0,
        (Matrix<T> X, Matrix<T> y)? validationData = null,
        IEnumerable<Callback>? callbacks = null)
    {
        RequireCompiled();
        CheckData(X, y, nameof(X), nameof(y));
        if (epochs <= 0) throw new ArgumentOutOfRangeException(nameof(epochs), epochs, "epochs must be at least 1.");
        if (batchSize <= 0) throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "batchSize must be at least 1.");
        if (!(validationSplit >= 0 && validationSplit < 1))
            throw new ArgumentOutOfRangeException(nameof(validationSplit), validationSplit, "validationSplit must be in [0, 1).");
        if (validationSplit > 0 && validationData is not null)
            throw new ArgumentException("Give either validationSplit or validationData, not both.", nameof(validationData));

        Matrix<T> trainX = DenseOf(X), trainY = DenseOf(y);
        Matrix<T>? valX = null, valY = null;
        if (validationData is var (vx, vy))
        {
            CheckData(vx, vy, "validationData.X", "validationData.y");
            (valX, valY) = (DenseOf(vx), DenseOf(vy));
        }
        else if (validationSplit > 0)
        {
            int trainRows = (int)(X.RowCount * (1 - validationSplit));
            if (trainRows == 0 || trainRows == X.RowCount)
                throw new ArgumentException(
                    $"validationSplit {validationSplit} of {X.RowCount} samples leaves {trainRows} for training and {X.RowCount - trainRows} for validation; both need at least one.",
                    nameof(validationSplit));
            valX = X.SubMatrix(trainRows, X.RowCount - trainRows, 0, X.ColumnCount);
            valY = y.SubMatrix(trainRows, y.RowCount - trainRows, 0, y.ColumnCount);
            trainX = X.SubMatrix(0, trainRows, 0, X.ColumnCount);
            trainY = y.SubMatrix(0, trainRows, 0, y.ColumnCount);
        }

        using var xBatches = new BatchGatherer<T>(trainX, BlasRuntime.Threads);
        using var yBatches = new BatchGatherer<T>(trainY);
        using var releaseBuffers = new BufferRelease(this);   // however Fit ends: done, stopped, interrupted, diverged
        // A data set's checked row-major copy knows whether its values are finite; other inputs are scanned.
        if (!(ReferenceEquals(trainX, X) && xBatches.SourceKnownFinite)) CheckFinite(X, nameof(X));

        var host = TrainingContext.Current;
        var hooks = CollectCallbacks(callbacks, host);
        int n = trainX.RowCount;
        int batch = Optimizer!.FullBatch ? n : Math.Min(batchSize, n);
        int batches = (n + batch - 1) / batch;
        var random = new Random(seed ?? Seed);
        foreach (var layer in layers) layer.Reseed(random.Next());
        int[] order = Enumerable.Range(0, n).ToArray();
        var history = new History();
        StopTraining = false;

        foreach (var hook in hooks) hook.OnTrainBegin(this, epochs, batches);
        for (int epoch = 0; epoch < epochs && !StopTraining; epoch++)
        {
            foreach (var hook in hooks) hook.OnEpochBegin(epoch);
            if (shuffle) random.Shuffle(order);
            double lossSum = 0;
            var metricSums = new double[metrics.Count];
            for (int b = 0; b < batches; b++)
            {
                host.Cancellation.ThrowIfCancellationRequested();
                int start = b * batch, rows = Math.Min(batch, n - start);
                Matrix<T> xBatch = rows == n && !shuffle ? trainX : xBatches.Gather(order.AsSpan(start, rows));
                Matrix<T> yBatch = rows == n && !shuffle ? trainY : yBatches.Gather(order.AsSpan(start, rows));
                var (loss, _) = Backpropagate(xBatch, yBatch, training: true, needInputGradient: false);
                if (!double.IsFinite(loss))
                    throw new TrainingDivergedException(epoch + 1, epochs, b + 1, batches, loss, Optimizer.Name, Optimizer.LearningRate);
                Optimizer.Step(parameters);
                lossSum += loss * rows;
                // Metrics come from this batch's forward output, before the step (as Keras reports them).
                AccumulateMetrics(layers[^1].LastOutput!, yBatch, metricSums, rows);
                foreach (var hook in hooks) hook.OnBatchEnd(epoch, b, loss);
            }

            var logs = new Dictionary<string, double>(StringComparer.Ordinal) { ["loss"] = lossSum / n };
            for (int m = 0; m < metrics.Count; m++) logs[metrics[m].Name] = metricSums[m] / n;
            if (valX is not null)
            {
                var validation = Evaluate(valX, valY!);
                foreach (var (key, value) in validation.Values) logs["val_" + key] = value;
            }
            history.Append(logs);
            foreach (var hook in hooks) hook.OnEpochEnd(epoch, logs);
        }
        foreach (var hook in hooks) hook.OnTrainEnd(history);
        return history;
    }

    private List<Callback> CollectCallbacks(IEnumerable<Callback>? callbacks, TrainingContext host)
    {
        var hooks = new List<Callback>();
        foreach (var callback in callbacks ?? [])
            hooks.Add(callback ?? throw new ArgumentException("callbacks contains null.", nameof(callbacks)));
        if (host.Progress?.Invoke(this, hooks.ToArray()) is { } progress)
            hooks.Add(progress);
        return hooks;
    }

    private static void CheckFinite(Matrix<T> X, string name)
    {
        T[] data = X.AsColumnMajorArray() ?? Matrix<T>.Build.DenseOfMatrix(X).AsColumnMajorArray()!;
        if (NotebookKit.Layers.VectorOps.AllFinite<T>(data)) return;
        for (int i = 0; i < data.Length; i++)
            if (!T.IsFinite(data[i]))
                throw new ArgumentException($"{name} has {data[i]} at row {i % X.RowCount}, column {i / X.RowCount}; inputs must be finite.", name);
    }
}
