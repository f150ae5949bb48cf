using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Activations;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Optimizers;
using NotebookKit.Training;

namespace NotebookKit.Tests.Training;

public class TrainingTests
{
    private static Sequential ClassifierWithDropout() => new(
        new Dense(16, inputs: 2, activation: Activation.ReLU),
        new Dropout(0.2),
        new Dense(3, activation: Activation.Softmax));

    [Fact]
    public void Same_seed_gives_the_same_history_bit_for_bit()
    {
        var (x, y) = TestData.Blobs(120, 3, seed: 1);
        History Run(int seed)
        {
            var model = ClassifierWithDropout();
            model.Compile(new Adam(0.01), Loss.CategoricalCrossEntropy, [Metric.Accuracy]);
            return model.Fit(x, y, epochs: 5, batchSize: 16, seed: seed, validationSplit: 0.25);
        }

        var a = Run(42);
        var b = Run(42);
        var c = Run(43);
        Assert.Equal(["loss", "accuracy", "val_loss", "val_accuracy"], a.Values.Keys);
        foreach (var key in a.Values.Keys)
            Assert.Equal(a[key].Select(BitConverter.DoubleToInt64Bits), b[key].Select(BitConverter.DoubleToInt64Bits));
        Assert.NotEqual(a["loss"], c["loss"]);
    }

    [Fact]
    public void The_model_seed_decides_the_initial_weights_even_when_set_after_construction()
    {
        Sequential Make(int seed) => new(new Dense(4, inputs: 3, activation: Activation.ReLU), new Dense(2)) { Seed = seed };
        Assert.Equal(Make(5).GetWeights(), Make(5).GetWeights());
        Assert.NotEqual(Make(5).GetWeights()[0], Make(6).GetWeights()[0]);
        Assert.NotEqual(Make(5).GetWeights()[2], Make(6).GetWeights()[2]);
    }

    [Fact]
    public void Double_models_train_with_the_same_code()
    {
        var (xf, yf) = TestData.Xor();
        var (x, y) = (xf.Map(v => (double)v), yf.Map(v => (double)v));
        var model = new Sequential<double>(
            new Dense<double>(8, inputs: 2, activation: Activation.Tanh),
            new Dense<double>(1, activation: Activation.Sigmoid));
        model.Compile(new Adam(0.05), Loss.BinaryCrossEntropy, [Metric.Accuracy]);
        var history = model.Fit(x, y, epochs: 400, batchSize: 4, seed: 3);
        Assert.Equal(1.0, model.Evaluate(x, y)["accuracy"]);
        Assert.True(history["loss"][^1] < 0.1, history.ToString());
    }

    [Fact]
    public void Every_optimizer_reduces_the_loss()
    {
        var (x, y) = TestData.Blobs(90, 3, seed: 2);
        foreach (Optimizer optimizer in new Optimizer[]
                 { new GradientDescent(0.5), new SGD(0.1), new Momentum(0.05), new Momentum(0.05, nesterov: true), new RMSprop(0.01), new Adam(0.01) })
        {
            var model = new Sequential(new Dense(8, inputs: 2, activation: Activation.Tanh), new Dense(3, activation: Activation.Softmax));
            model.Compile(optimizer, Loss.CategoricalCrossEntropy, [Metric.Accuracy]);
            var history = model.Fit(x, y, epochs: 30, batchSize: 16, seed: 1);
            Assert.True(history["loss"][^1] < 0.5 * history["loss"][0], $"{optimizer}: {history["loss"][0]} → {history["loss"][^1]}");
            Assert.True(history["accuracy"][^1] > 0.9, $"{optimizer}: accuracy {history["accuracy"][^1]}");
        }
    }

    [Fact]
    public void Logit_outputs_train_and_report_accuracy_on_probabilities()
    {
        var (x, y) = TestData.Blobs(90, 3, seed: 3);
        var model = new Sequential(new Dense(8, inputs: 2, activation: Activation.ReLU), new Dense(3));
        model.Compile(new Adam(0.02), Loss.CategoricalCrossEntropyFromLogits, [Metric.Accuracy]);
        model.Fit(x, y, epochs: 40, batchSize: 16, seed: 1);
        Assert.True(model.Evaluate(x, y)["accuracy"] > 0.95);
    }

    [Fact]
    public void Small_cnn_learns_to_tell_horizontal_from_vertical_bars()
    {
        // 8×8 images with one bright bar: horizontal → class 0, vertical → class 1.
        var random = new Random(5);
        int n = 200;
        var x = Matrix<float>.Build.Dense(n, 64, (_, _) => (float)(0.1 * random.NextDouble()));
        var y = Matrix<float>.Build.Dense(n, 2);
        for (int i = 0; i < n; i++)
        {
            int line = random.Next(8), cls = i % 2;
            for (int k = 0; k < 8; k++) x[i, cls == 0 ? line * 8 + k : k * 8 + line] = 1;
            y[i, cls] = 1;
        }
        var model = new Sequential(
            new Conv2D(4, 3, activation: Activation.ReLU, inputShape: (1, 8, 8)),
            new MaxPooling2D(2),
            new Flatten(),
            new Dense(2, activation: Activation.Softmax));
        model.Compile(new Adam(0.01), Loss.CategoricalCrossEntropy, [Metric.Accuracy]);
        var history = model.Fit(x, y, epochs: 15, batchSize: 20, seed: 1, validationSplit: 0.2);
        Assert.True(history["val_accuracy"][^1] > 0.95, history.ToString());
    }

    [Fact]
    public void Early_stopping_stops_and_restores_the_best_weights()
    {
        var (x, y) = TestData.Blobs(60, 3, seed: 4);
        var model = new Sequential(new Dense(8, inputs: 2, activation: Activation.Tanh), new Dense(3, activation: Activation.Softmax));
        model.Compile(new Adam(0.05), Loss.CategoricalCrossEntropy);
        // min_delta so large that nothing counts as an improvement after the first epoch.
        var stopper = new EarlyStopping(monitor: "loss", patience: 2, minDelta: 100);
        var history = model.Fit(x, y, epochs: 50, batchSize: 10, seed: 1, callbacks: [stopper]);
        Assert.Equal(4, history.Epochs);
        Assert.Equal(3, stopper.StoppedEpoch);
        Assert.Equal(0, stopper.BestEpoch);
        Assert.Equal(history["loss"][0], stopper.Best);
    }

    [Fact]
    public void Every_number_type_and_every_way_to_build_a_model_gets_the_same_callbacks()
    {
        var (xf, yf) = TestData.Blobs(60, 3, seed: 4);
        var (xd, yd) = (xf.Map(v => (double)v), yf.Map(v => (double)v));
        var asDouble = new Sequential<double>(new Dense<double>(8, inputs: 2, activation: Activation.Tanh), new Dense<double>(3, activation: Activation.Softmax));
        var asGenericFloat = new Sequential<float>(new Dense(8, inputs: 2, activation: Activation.Tanh), new Dense(3, activation: Activation.Softmax));
        asDouble.Compile(new Adam(0.05), Loss.CategoricalCrossEntropy);
        asGenericFloat.Compile(new Adam(0.05), Loss.CategoricalCrossEntropy);
        var doubleStopper = new EarlyStopping(monitor: "loss", patience: 2, minDelta: 100);
        var floatStopper = new EarlyStopping(monitor: "loss", patience: 2, minDelta: 100);
        var firstEpoch = new WeightsAfterFirstEpoch();
        var doubleLines = new StringWriter();
        var floatLines = new StringWriter();

        var doubleHistory = asDouble.Fit(xd, yd, epochs: 50, batchSize: 10, seed: 1, callbacks: [doubleStopper, firstEpoch, new ConsoleProgress(doubleLines)]);
        var floatHistory = asGenericFloat.Fit(xf, yf, epochs: 50, batchSize: 10, seed: 1, callbacks: [floatStopper, new ConsoleProgress(floatLines)]);

        Assert.Equal(4, doubleHistory.Epochs);
        Assert.Equal(4, floatHistory.Epochs);
        Assert.Equal(3, doubleStopper.StoppedEpoch);
        Assert.Equal(3, floatStopper.StoppedEpoch);
        // The best (first) epoch's weights are back, in the model's own number type.
        Assert.Equal(firstEpoch.Weights!, asDouble.GetWeights());
        Assert.StartsWith("Epoch 4/50: loss", doubleLines.ToString().Split('\n')[3]);
        Assert.StartsWith("Epoch 4/50: loss", floatLines.ToString().Split('\n')[3]);
    }

    [Fact]
    public void Early_stopping_on_a_missing_key_says_how_to_get_it()
    {
        var (x, y) = TestData.Blobs(30, 3, seed: 4);
        var model = new Sequential(new Dense(3, inputs: 2, activation: Activation.Softmax));
        model.Compile(new Adam(), Loss.CategoricalCrossEntropy);
        var e = Assert.Throws<InvalidOperationException>(() => model.Fit(x, y, epochs: 3, callbacks: [new EarlyStopping()]));
        Assert.Contains("'val_loss'", e.Message);
        Assert.Contains("validationSplit", e.Message);
    }

    [Fact]
    public void Callbacks_see_every_epoch_and_batch()
    {
        var (x, y) = TestData.Blobs(50, 2, seed: 6);
        var model = new Sequential(new Dense(2, inputs: 2, activation: Activation.Softmax));
        model.Compile(new SGD(0.1), Loss.CategoricalCrossEntropy, [Metric.Accuracy]);
        var recorder = new Recorder();
        model.Fit(x, y, epochs: 3, batchSize: 20, callbacks: [recorder], validationData: (x, y));
        Assert.Equal(["begin 3×3", "epoch 0", "end 0 loss,accuracy,val_loss,val_accuracy", "epoch 1", "end 1 loss,accuracy,val_loss,val_accuracy",
                      "epoch 2", "end 2 loss,accuracy,val_loss,val_accuracy", "train end 3"], recorder.Events);
        Assert.Equal(9, recorder.Batches);
    }

    [Fact]
    public void Console_progress_prints_one_line_per_epoch()
    {
        var (x, y) = TestData.Blobs(20, 2, seed: 6);
        var model = new Sequential(new Dense(2, inputs: 2, activation: Activation.Softmax));
        model.Compile(new SGD(0.1), Loss.CategoricalCrossEntropy, [Metric.Accuracy]);
        var writer = new StringWriter();
        model.Fit(x, y, epochs: 2, callbacks: [new ConsoleProgress(writer)]);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Epoch 2/2: loss ", lines[1]);
        Assert.Contains("accuracy", lines[1]);
    }

    [Fact]
    public void Full_batch_gradient_descent_takes_one_step_per_epoch()
    {
        var (x, y) = TestData.Blobs(40, 2, seed: 7);
        var model = new Sequential(new Dense(2, inputs: 2, activation: Activation.Softmax));
        var optimizer = new GradientDescent(0.1);
        model.Compile(optimizer, Loss.CategoricalCrossEntropy);
        model.Fit(x, y, epochs: 5, batchSize: 8);
        Assert.Equal(5, optimizer.Iterations);
    }

    [Fact]
    public void Summary_lists_layers_shapes_and_parameter_counts()
    {
        var model = new Sequential(
            new Conv2D(8, 3, activation: Activation.ReLU, inputShape: (1, 28, 28)),
            new MaxPooling2D(2),
            new Flatten(),
            new Dense(10, activation: Activation.Softmax));
        string summary = model.Summary();
        Assert.Contains("Conv2D #1", summary);
        Assert.Contains("8×26×26", summary);
        Assert.Contains("8×13×13", summary);
        Assert.Contains("1352", summary);
        Assert.Contains("Total params: 13,610", summary);   // 8·9 + 8 = 80; 1352·10 + 10 = 13,530
        Assert.Equal(80 + 13530, model.ParameterCount);
    }

    [Fact]
    public void Predict_copies_and_matches_forward_in_batches()
    {
        var model = new Sequential(new Dense(3, inputs: 4, activation: Activation.Tanh));
        var x = TestData.UniformFloat(10, 4, 1);
        var whole = model.Predict(x);
        var inPieces = model.Predict(x, batchSize: 3);
        Assert.Equal(whole.ToColumnMajorArray(), inPieces.ToColumnMajorArray());
        model.Predict(TestData.UniformFloat(10, 4, 2));
        Assert.Equal(whole.ToColumnMajorArray(), inPieces.ToColumnMajorArray());
    }

    [Fact]
    public void Confusion_matrix_counts_true_against_predicted()
    {
        var p = Matrix<float>.Build.DenseOfArray(new float[,] { { 0.9f, 0.1f, 0 }, { 0.2f, 0.7f, 0.1f }, { 0.6f, 0.3f, 0.1f }, { 0, 0.1f, 0.9f } });
        var y = Matrix<float>.Build.DenseOfArray(new float[,] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 1, 0 }, { 0, 0, 1 } });
        var cm = ConfusionMatrix.Compute(p, y, ["cat", "dog", "owl"]);
        Assert.Equal(1, cm[0, 0]);
        Assert.Equal(1, cm[1, 1]);
        Assert.Equal(1, cm[1, 0]);
        Assert.Equal(1, cm[2, 2]);
        Assert.Equal(0.75, cm.Accuracy);
        Assert.Contains("dog", cm.ToString());
    }

    [Fact]
    public void Neuron_fires_its_activation_of_the_weighted_sum()
    {
        var neuron = new Neuron([0.5, -1.0], bias: 0.25, activation: Activation.Sigmoid);
        // z = 0.5·2 − 1·1 + 0.25 = 0.25
        Assert.Equal(0.25, neuron.PreActivation([2.0, 1.0]), 12);
        Assert.Equal(1 / (1 + Math.Exp(-0.25)), neuron.Fire(2.0, 1.0), 12);
        var e = Assert.Throws<ArgumentException>(() => neuron.Fire(1.0));
        Assert.Contains("2 weights but got 1 inputs", e.Message);
    }

    private sealed class WeightsAfterFirstEpoch : Callback
    {
        private IModel? model;

        public IReadOnlyList<Array>? Weights { get; private set; }

        public override void OnTrainBegin(IModel model, int epochs, int batchesPerEpoch) => this.model = model;

        public override void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs)
        {
            if (epoch == 0) Weights = model!.GetWeights();
        }
    }

    private sealed class Recorder : Callback
    {
        public List<string> Events { get; } = [];

        public int Batches { get; private set; }

        public override void OnTrainBegin(IModel model, int epochs, int batchesPerEpoch) => Events.Add($"begin {epochs}×{batchesPerEpoch}");

        public override void OnEpochBegin(int epoch) => Events.Add($"epoch {epoch}");

        public override void OnBatchEnd(int epoch, int batch, double loss) => Batches++;

        public override void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs) => Events.Add($"end {epoch} {string.Join(",", logs.Keys)}");

        public override void OnTrainEnd(History history) => Events.Add($"train end {history.Epochs}");
    }
}
