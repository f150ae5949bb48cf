using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Activations;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Optimizers;
using NotebookKit.Training;

namespace NotebookKit.Tests.Training;

public class BadInputTests
{
    private static Sequential Compiled(Loss? loss = null, Optimizer? optimizer = null)
    {
        var model = new Sequential(new Dense(4, inputs: 2, activation: Activation.ReLU), new Dense(1, activation: Activation.Sigmoid));
        model.Compile(optimizer ?? new Adam(), loss ?? Loss.BinaryCrossEntropy, [Metric.Accuracy]);
        return model;
    }

    [Fact]
    public void A_layer_fed_the_wrong_width_names_itself_the_expected_and_the_actual_shape()
    {
        var model = new Sequential(new Dense(784, inputs: 10), new Dense(10));
        var e = Assert.Throws<ArgumentException>(() => model.Layers[1].Forward(Matrix<float>.Build.Dense(1, 28)));
        Assert.StartsWith("Dense #2 expects 784 inputs, got 28 (input shape 1×28)", e.Message);
    }

    [Fact]
    public void Predict_with_the_wrong_width_names_the_first_layer()
    {
        var e = Assert.Throws<ArgumentException>(() => Compiled().Predict(Matrix<float>.Build.Dense(5, 3)));
        Assert.StartsWith("Dense #1 expects 2 inputs, got 3 (input shape 5×3)", e.Message);
    }

    [Fact]
    public void An_image_layer_given_flat_input_says_what_shape_it_needs()
    {
        var model = new Sequential(new Conv2D(2, 3, inputShape: (1, 5, 5)));
        var e = Assert.Throws<ArgumentException>(() => model.Predict(Matrix<float>.Build.Dense(2, 24)));
        Assert.StartsWith("Conv2D #1 expects 25 inputs (1×5×5), got 24 (input shape 2×24)", e.Message);
        var flat = Assert.Throws<ArgumentException>(() => model.Add(new Dense(3)));
        Assert.Contains("Dense #2 expects flat input, got shape 2×3×3; add a Flatten layer", flat.Message);
        Assert.Single(model.Layers);
    }

    [Fact]
    public void A_declared_input_that_does_not_follow_the_previous_layer_is_rejected_on_Add()
    {
        var model = new Sequential(new Dense(10, inputs: 4));
        var e = Assert.Throws<ArgumentException>(() => model.Add(new Dense(3, inputs: 7)));
        Assert.Contains("Dense #2 declares input shape 7 but Dense #1 outputs 10", e.Message);
    }

    [Fact]
    public void A_nan_loss_stops_fit_naming_epoch_and_batch_and_suggesting_a_smaller_learning_rate()
    {
        var model = new Sequential(new Dense(1, inputs: 1));
        model.Compile(new SGD(learningRate: 10), Loss.MeanSquaredError);
        var x = Matrix<float>.Build.Dense(64, 1, (i, _) => 100f + i);
        var y = Matrix<float>.Build.Dense(64, 1, (i, _) => i);
        var e = Assert.Throws<TrainingDivergedException>(() => model.Fit(x, y, epochs: 20, batchSize: 16, seed: 1));
        Assert.Matches(@"^The loss became (NaN|\+∞) at epoch \d+ of 20, batch \d of 4: training diverged\. Try a smaller learning rate \(SGD has 10; try 1\)", e.Message);
        Assert.InRange(e.Epoch, 1, 20);
        Assert.InRange(e.Batch, 1, 4);
    }

    [Fact]
    public void Labels_out_of_range_are_rejected_before_training()
    {
        var x = TestData.UniformFloat(4, 2, 1);
        var y = Matrix<float>.Build.DenseOfArray(new float[,] { { 0 }, { 1 }, { 3 }, { 1 } });
        var e = Assert.Throws<ArgumentException>(() => Compiled().Fit(x, y));
        Assert.Contains("got 3 at row 2", e.Message);
        Assert.Contains("one-hot", e.Message);
        Assert.Equal("y", e.ParamName);
    }

    [Fact]
    public void Class_indices_for_a_multi_class_model_ask_for_one_hot()
    {
        var model = new Sequential(new Dense(3, inputs: 2, activation: Activation.Softmax));
        model.Compile(new Adam(), Loss.CategoricalCrossEntropy);
        var e = Assert.Throws<ArgumentException>(() => model.Fit(TestData.UniformFloat(4, 2, 1), Matrix<float>.Build.Dense(4, 1)));
        Assert.Equal("y has 1 column but the model outputs 3 (Dense #1); one-hot encode the class labels. (Parameter 'y')", e.Message);
    }

    [Fact]
    public void Mismatched_row_counts_are_named()
    {
        var e = Assert.Throws<ArgumentException>(() => Compiled().Fit(TestData.UniformFloat(5, 2, 1), Matrix<float>.Build.Dense(4, 1)));
        Assert.StartsWith("X has 5 rows (samples) but y has 4; they must match.", e.Message);
    }

    [Fact]
    public void Empty_data_is_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => Compiled().Fit(Matrix<float>.Build.Dense(0, 2), Matrix<float>.Build.Dense(0, 1)));
        Assert.Contains("X is empty (0×2)", e.Message);
    }

    [Fact]
    public void Non_finite_inputs_are_located()
    {
        var x = TestData.UniformFloat(3, 2, 1);
        x[1, 1] = float.NaN;
        var e = Assert.Throws<ArgumentException>(() => Compiled().Fit(x, Matrix<float>.Build.Dense(3, 1)));
        Assert.StartsWith("X has NaN at row 1, column 1; inputs must be finite.", e.Message);
    }

    [Fact]
    public void Fit_before_compile_says_to_compile()
    {
        var model = new Sequential(new Dense(1, inputs: 2));
        var e = Assert.Throws<InvalidOperationException>(() => model.Fit(TestData.UniformFloat(3, 2, 1), Matrix<float>.Build.Dense(3, 1)));
        Assert.StartsWith("Compile the model first", e.Message);
    }

    [Fact]
    public void Bad_fit_arguments_are_named()
    {
        var x = TestData.UniformFloat(10, 2, 1);
        var y = Matrix<float>.Build.Dense(10, 1);
        Assert.Equal("epochs", Assert.Throws<ArgumentOutOfRangeException>(() => Compiled().Fit(x, y, epochs: 0)).ParamName);
        Assert.Equal("batchSize", Assert.Throws<ArgumentOutOfRangeException>(() => Compiled().Fit(x, y, batchSize: 0)).ParamName);
        Assert.Equal("validationSplit", Assert.Throws<ArgumentOutOfRangeException>(() => Compiled().Fit(x, y, validationSplit: 1)).ParamName);
        Assert.Equal("validationSplit", Assert.Throws<ArgumentException>(() => Compiled().Fit(x, y, validationSplit: 0.95)).ParamName);
    }

    [Fact]
    public void Weights_of_the_wrong_number_type_are_refused_naming_both_types()
    {
        IModel model = new Sequential<double>(new Dense<double>(1, inputs: 2, activation: Activation.Sigmoid));
        var e = Assert.Throws<ArgumentException>(() => model.SetWeights([new float[2], new float[1]]));
        Assert.Contains("Single[]", e.Message);
        Assert.Contains("Double[]", e.Message);
    }

    [Fact]
    public void A_layer_without_a_known_input_shape_says_how_to_give_one()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new Dense(3).Forward(Matrix<float>.Build.Dense(2, 4)));
        Assert.Contains("does not know its input shape", e.Message);
        Assert.Throws<InvalidOperationException>(() => new Dense(3).W);
    }
}
