using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Activations;
using NotebookKit.Data;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Optimizers;
using NotebookKit.Training;

namespace NotebookKit.Tests.Training;

public class RowMajorCopyTests
{
    // 21×19: two full 8×8 blocks down, two across, and ragged rows and columns around them.
    private static Dataset Numbers() =>
        new("numbers", Matrix<float>.Build.Dense(21, 19, (i, j) => i * 100 + j + 0.5f), Enumerable.Range(0, 21).Select(i => i % 3).ToArray(), ["a", "b", "c"]);

    [Fact]
    public void A_dataset_keeps_its_samples_row_major()
    {
        var data = Numbers();

        var rows = RowMajorCopy.Matching(data.X, out _);

        Assert.NotNull(rows);
        for (int i = 0; i < data.Count; i++)
            for (int j = 0; j < data.Features; j++)
                Assert.Equal(data.X[i, j], rows[i * data.Features + j]);
    }

    [Theory]
    [InlineData(3, 5)]    // inside an 8×8 block
    [InlineData(20, 4)]   // a ragged row
    [InlineData(9, 18)]   // a ragged column
    [InlineData(20, 18)]  // the corner
    public void A_value_changed_in_place_makes_the_copy_unusable_and_fit_gathers_the_new_value(int row, int column)
    {
        var data = Numbers();
        data.X[row, column] = -7f;

        Assert.Null(RowMajorCopy.Matching(data.X, out _));
        using var gatherer = new BatchGatherer<float>(data.X);
        Assert.Equal(-7f, gatherer.Gather([row])[0, column]);
    }

    [Fact]
    public void A_change_through_the_array_or_from_zero_to_minus_zero_is_seen_too()
    {
        var data = new Dataset("zeros", Matrix<float>.Build.Dense(16, 8), new int[16], ["only"]);
        data.X.AsColumnMajorArray()[5 * 16 + 9] = -0f;

        Assert.Null(RowMajorCopy.Matching(data.X, out _));
        using var gatherer = new BatchGatherer<float>(data.X);
        Assert.True(float.IsNegative(gatherer.Gather([9])[0, 5]));
    }

    [Fact]
    public void Training_on_a_dataset_gives_the_history_of_training_on_a_plain_copy_of_its_matrices()
    {
        var digits = Digits.Load();
        History Train(Matrix<float> x, Matrix<float> y)
        {
            var model = new Sequential(new Dense(16, inputs: 64, activation: Activation.ReLU), new Dense(10, activation: Activation.Softmax));
            model.Compile(new Adam(0.01), Loss.CategoricalCrossEntropy, [Metric.Accuracy]);
            return model.Fit(x, y, epochs: 2, batchSize: 32, seed: 5);
        }

        Assert.NotNull(RowMajorCopy.Matching(digits.X, out _));
        var fromDataset = Train(digits.X, digits.Y);
        var fromCopies = Train(digits.X.Clone(), digits.Y.Clone());

        Assert.Null(RowMajorCopy.Matching(digits.X.Clone(), out _));
        foreach (var key in fromDataset.Values.Keys)
            Assert.Equal(fromCopies[key].Select(BitConverter.DoubleToInt64Bits), fromDataset[key].Select(BitConverter.DoubleToInt64Bits));
    }

    [Theory]
    [InlineData(-1, -1, true)]     // untouched: both halves match
    [InlineData(100, 7, false)]    // a change in the first half
    [InlineData(2040, 300, false)] // in the second half
    [InlineData(2047, 519, false)] // in its ragged last row and column
    public void Two_threads_compare_the_two_halves_of_a_large_matrix(int row, int column, bool matches)
    {
        var x = Matrix<float>.Build.Dense(2048, 521, (i, j) => (i * 521 + j) % 1000 / 7f);
        var data = new Dataset("large", x, new int[2048], ["only"]);
        if (row >= 0) data.X[row, column] += 1f;

        var rows = RowMajorCopy.Matching(data.X, out bool finite, threads: 2);

        Assert.Equal(matches, rows is not null);
        Assert.Equal(matches, finite);
    }

    [Theory]
    [InlineData(true)]  // NaN already in the matrix the data set was built from
    [InlineData(false)] // NaN written after the data set was built
    public void Fit_rejects_a_dataset_holding_nan_wherever_it_came_from(bool fromTheStart)
    {
        var x = Matrix<float>.Build.Dense(40, 3, (i, j) => i + j);
        if (fromTheStart) x[17, 2] = float.NaN;
        var data = new Dataset("nan", x, Enumerable.Range(0, 40).Select(i => i % 2).ToArray(), ["a", "b"]);
        if (!fromTheStart) data.X[17, 2] = float.NaN;
        var model = new Sequential(new Dense(2, inputs: 3, activation: Activation.Softmax));
        model.Compile(new Adam(0.01), Loss.CategoricalCrossEntropy);

        var error = Assert.Throws<ArgumentException>(() => model.Fit(data.X, data.Y, epochs: 1));

        Assert.Contains("row 17, column 2", error.Message);
    }
}
