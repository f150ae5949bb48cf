using NotebookKit.Activations;
using NotebookKit.Layers;
using NotebookKit.Training;

namespace NotebookKit.Tests.Training;

public sealed class WeightsFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("nk-weights-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static Sequential Model(int hidden, int seed) =>
        new(new Dense(hidden, inputs: 3, activation: Activation.ReLU), new Dense(2, activation: Activation.Softmax)) { Seed = seed };

    [Fact]
    public void Save_leaves_only_the_target_file_and_overwrites_it()
    {
        string path = Path.Combine(folder, "model.weights");
        Model(4, 1).SaveWeights(path);
        Model(4, 2).SaveWeights(path);
        Assert.Equal([path], Directory.GetFiles(folder));
        var loaded = Model(4, 3);
        loaded.LoadWeights(path);
        Assert.Equal(Model(4, 2).GetWeights(), loaded.GetWeights());
    }

    [Fact]
    public void A_different_architecture_is_named_and_nothing_changes()
    {
        string path = Path.Combine(folder, "model.weights");
        Model(4, 1).SaveWeights(path);
        var other = Model(5, 1);
        var before = other.GetWeights();
        var e = Assert.Throws<InvalidDataException>(() => other.LoadWeights(path));
        Assert.Contains("Dense #1 has W 3×5 here but W 3×4 in the file", e.Message);
        Assert.Equal(before, other.GetWeights());

        var deeper = new Sequential(new Dense(4, inputs: 3), new Dense(4), new Dense(2));
        var e2 = Assert.Throws<InvalidDataException>(() => deeper.LoadWeights(path));
        Assert.Contains("holds weights for 2 layers (Dense, Dense) but this model has 3", e2.Message);
    }

    [Fact]
    public void A_truncated_file_is_reported_with_its_name()
    {
        string path = Path.Combine(folder, "cut.weights");
        Model(4, 1).SaveWeights(path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^10]);
        var e = Assert.Throws<InvalidDataException>(() => Model(4, 1).LoadWeights(path));
        Assert.Contains("cut.weights", e.Message);
        Assert.Contains("truncated", e.Message);
    }

    [Fact]
    public void A_file_that_is_not_weights_or_a_newer_version_is_refused()
    {
        string text = Path.Combine(folder, "notes.txt");
        File.WriteAllText(text, "hello, these are not weights");
        Assert.Contains("is not a NotebookKit weights file", Assert.Throws<InvalidDataException>(() => Model(4, 1).LoadWeights(text)).Message);

        string path = Path.Combine(folder, "future.weights");
        Model(4, 1).SaveWeights(path);
        var bytes = File.ReadAllBytes(path);
        bytes[4] = 9;   // the version field follows the 4-byte magic
        File.WriteAllBytes(path, bytes);
        Assert.Contains("format version 9; this NotebookKit reads version 1",
            Assert.Throws<InvalidDataException>(() => Model(4, 1).LoadWeights(path)).Message);

        Assert.Throws<FileNotFoundException>(() => Model(4, 1).LoadWeights(Path.Combine(folder, "missing.weights")));
    }
}
