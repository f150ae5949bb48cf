using System.Reflection;
using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Activations;
using NotebookKit.GradientChecking;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Optimizers;
using NotebookKit.Training;

namespace NotebookKit.Tests.Layers;

/// <summary>
/// One contract for every layer: output shape, parameter count, gradient check, seed determinism, save/load.
/// Adding a layer means adding a row to <see cref="Cases"/>; <see cref="Every_layer_type_has_a_contract_row"/> fails until you do.
/// </summary>
public class LayerContractTests
{
    public sealed record Case(
        string Name,
        Func<Layer<double>> MakeDouble,
        Func<Layer<float>> MakeFloat,
        Shape Input,
        Shape Output,
        int Parameters)
    {
        public override string ToString() => Name;
    }

    private static readonly Case[] All =
    [
        new("Dense tanh", () => new Dense<double>(4, activation: Activation.Tanh), () => new Dense(4, activation: Activation.Tanh),
            new Shape(3), new Shape(4), 3 * 4 + 4),
        new("Dense relu", () => new Dense<double>(5, activation: Activation.ReLU, initializer: Initializer.He), () => new Dense(5, activation: Activation.ReLU, initializer: Initializer.He),
            new Shape(6), new Shape(5), 6 * 5 + 5),
        new("Dense softmax", () => new Dense<double>(3, activation: Activation.Softmax), () => new Dense(3, activation: Activation.Softmax),
            new Shape(4), new Shape(3), 4 * 3 + 3),
        new("Conv2D valid sigmoid", () => new Conv2D<double>(2, 3, activation: Activation.Sigmoid), () => new Conv2D(2, 3, activation: Activation.Sigmoid),
            new Shape(2, 5, 5), new Shape(2, 3, 3), 2 * 3 * 3 * 2 + 2),
        new("Conv2D same stride 2 relu", () => new Conv2D<double>(3, 3, stride: 2, padding: Padding.Same, activation: Activation.ReLU),
            () => new Conv2D(3, 3, stride: 2, padding: Padding.Same, activation: Activation.ReLU),
            new Shape(1, 5, 6), new Shape(3, 3, 3), 1 * 3 * 3 * 3 + 3),
        // Stride 1 with padding wider than the image: im2col's run copies start, end, or vanish inside the padding.
        new("Conv2D same 5x5 tanh", () => new Conv2D<double>(2, 5, padding: Padding.Same, activation: Activation.Tanh),
            () => new Conv2D(2, 5, padding: Padding.Same, activation: Activation.Tanh),
            new Shape(2, 4, 3), new Shape(2, 4, 3), 2 * 5 * 5 * 2 + 2),
        new("Conv2D same 5x5 on a 1-pixel-wide image", () => new Conv2D<double>(2, 5, padding: Padding.Same),
            () => new Conv2D(2, 5, padding: Padding.Same),
            new Shape(1, 3, 1), new Shape(2, 3, 1), 1 * 5 * 5 * 2 + 2),
        new("Conv2D same 1x1 linear", () => new Conv2D<double>(2, 1, padding: Padding.Same), () => new Conv2D(2, 1, padding: Padding.Same),
            new Shape(3, 2, 2), new Shape(2, 2, 2), 3 * 2 + 2),
        new("MaxPooling2D 2", () => new MaxPooling2D<double>(), () => new MaxPooling2D(),
            new Shape(2, 4, 5), new Shape(2, 2, 2), 0),
        new("MaxPooling2D 3 stride 1", () => new MaxPooling2D<double>(3, stride: 1), () => new MaxPooling2D(3, stride: 1),
            new Shape(1, 4, 4), new Shape(1, 2, 2), 0),
        new("Flatten", () => new Flatten<double>(), () => new Flatten(), new Shape(2, 3, 3), new Shape(18), 0),
        new("Dropout", () => new Dropout<double>(0.5), () => new Dropout(0.5), new Shape(7), new Shape(7), 0),
    ];

    public static TheoryData<Case> Cases()
    {
        var data = new TheoryData<Case>();
        foreach (var c in All) data.Add(c);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Output_shape_and_parameter_count_match(Case c)
    {
        var layer = c.MakeDouble();
        layer.Build(c.Input, seed: 1);
        Assert.Equal(c.Output, layer.OutputShape);
        Assert.Equal(c.Parameters, layer.ParameterCount);
        var output = layer.Forward(TestData.Uniform(5, c.Input.Size, seed: 2), training: true);
        Assert.Equal(5, output.RowCount);
        Assert.Equal(c.Output.Size, output.ColumnCount);
        var dX = layer.Backward(TestData.Uniform(5, c.Output.Size, seed: 3));
        Assert.Equal(5, dX.RowCount);
        Assert.Equal(c.Input.Size, dX.ColumnCount);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Backward_matches_finite_differences(Case c)
    {
        var layer = c.MakeDouble();
        layer.Build(c.Input, seed: 4);
        // Biases start at 0; give them values so the check covers a general point.
        foreach (var p in layer.Parameters.Where(p => p.Name == "b"))
            for (int i = 0; i < p.Length; i++) p.ValueStorage[i] = 0.1 * (i + 1);
        var result = GradientCheck.Check(layer, TestData.Uniform(3, c.Input.Size, seed: 5), training: true);
        Assert.True(result.Passed(1e-6), result.ToString());
        Assert.Equal(c.Parameters + 3 * c.Input.Size, result.Checked);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Same_seed_same_weights_and_outputs(Case c)
    {
        var x = TestData.UniformFloat(4, c.Input.Size, seed: 6);
        float[] Run(int seed)
        {
            var layer = c.MakeFloat();
            layer.Build(c.Input, seed);
            return layer.Parameters.SelectMany(p => p.ValueStorage).Concat(layer.Forward(x, training: true).ToColumnMajorArray()).ToArray();
        }

        Assert.Equal(Run(7), Run(7));
        if (c.Parameters > 0 || c.MakeFloat() is Dropout)
            Assert.NotEqual(Run(7), Run(8));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Save_and_load_round_trip(Case c)
    {
        var source = new Sequential(c.MakeFloat()) { Seed = 1 };
        source.Build(c.Input);
        var target = new Sequential(c.MakeFloat()) { Seed = 2 };
        target.Build(c.Input);
        string path = Path.Combine(Path.GetTempPath(), $"nk-{Guid.NewGuid():N}.weights");
        try
        {
            source.SaveWeights(path);
            target.LoadWeights(path);
        }
        finally
        {
            File.Delete(path);
        }
        Assert.Equal(source.GetWeights(), target.GetWeights());
        var x = TestData.UniformFloat(3, c.Input.Size, seed: 9);
        Assert.Equal(source.Predict(x).ToColumnMajorArray(), target.Predict(x).ToColumnMajorArray());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fit_Evaluate_and_Predict_leave_no_batch_buffers(Case c)
    {
        // A model kept in a notebook variable must hold its parameters only: a CNN's buffers for a 256-row batch
        // are over 100 MB, and a lesson keeps several models.
        var layer = c.MakeFloat();
        var model = new Sequential(layer, new Flatten(), new Dense(2, activation: Activation.Softmax)) { Seed = 1 };
        model.Build(c.Input);
        model.Compile(new Adam(0.01), Loss.CategoricalCrossEntropy, [Metric.Accuracy]);
        var x = TestData.UniformFloat(10, c.Input.Size, seed: 10);
        var y = TestData.OneHot(10, 2, seed: 11).Map(v => (float)v);

        model.Forward(x, training: true);
        Assert.NotEmpty(BatchBuffers(layer));
        model.Fit(x, y, epochs: 2, batchSize: 4, seed: 1);
        Assert.Empty(BatchBuffers(layer));
        model.Forward(x);
        model.Evaluate(x, y, batchSize: 3);
        Assert.Empty(BatchBuffers(layer));
        model.Forward(x);
        model.Predict(x, batchSize: 3);
        Assert.Empty(BatchBuffers(layer));
        // What Backward would read is gone too: it asks for a Forward instead of using stale state.
        var error = Assert.Throws<InvalidOperationException>(() => layer.Backward(TestData.UniformFloat(10, c.Output.Size, seed: 12)));
        Assert.Contains("call Forward before Backward", error.Message);
    }

    /// <summary>The names of the layer's matrix and array fields (its own and its base classes') that hold data.</summary>
    private static List<string> BatchBuffers(Layer<float> layer)
    {
        var held = new List<string>();
        for (var type = layer.GetType(); type is not null && type != typeof(Layer); type = type.BaseType)
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            {
                object? value = field.GetValue(layer);
                if (value is Matrix<float> || value is float[] { Length: > 0 }) held.Add($"{type.Name}.{field.Name}");
            }
        return held;
    }

    [Fact]
    public void Every_layer_type_has_a_contract_row()
    {
        var families = typeof(Layer).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && t.IsSubclassOf(typeof(Layer)))
            .Select(t => t.Name.Split('`')[0])
            .Distinct()
            .ToList();
        var covered = All.Select(c => c.MakeDouble().GetType().Name.Split('`')[0]).ToHashSet();
        Assert.NotEmpty(families);
        Assert.All(families, family => Assert.True(covered.Contains(family), $"{family} has no row in LayerContractTests.All"));
    }
}
