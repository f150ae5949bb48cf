using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Data;

namespace NotebookKit.Tests.Data;

public sealed class DatasetToolsTests
{
    [Fact]
    public void One_hot_puts_a_single_one_in_the_label_column_and_decodes_back()
    {
        int[] labels = [2, 0, 1, 2];
        var y = OneHot.Encode(labels, 3);

        Assert.Equal(4, y.RowCount);
        Assert.Equal(3, y.ColumnCount);
        Assert.Equal([0f, 0f, 1f], y.Row(0).ToArray());
        Assert.Equal(4f, y.Enumerate().Sum());
        Assert.Equal(labels, OneHot.Decode(y));
    }

    [Fact]
    public void A_label_out_of_range_names_its_index_and_value()
    {
        var error = Assert.Throws<ArgumentException>(() => OneHot.Encode([0, 1, 10, 2], 10));
        Assert.Contains("labels[2] is 10", error.Message);
        Assert.Contains("0..9", error.Message);
    }

    [Fact]
    public void Dataset_refuses_labels_that_do_not_match_X()
    {
        var x = Matrix<float>.Build.Dense(3, 2);
        Assert.Contains("3 rows but there are 2 labels",
            Assert.Throws<ArgumentException>(() => new Dataset("d", x, [0, 1], ["a", "b"])).Message);
        Assert.Contains("labels[1] is -1",
            Assert.Throws<ArgumentException>(() => new Dataset("d", x, [0, -1, 1], ["a", "b"])).Message);
        Assert.Contains("image shape 1×2×2 holds 4 values",
            Assert.Throws<ArgumentException>(() => new Dataset("d", x, [0, 1, 1], ["a", "b"], new ImageShape(1, 2, 2))).Message);
    }

    [Fact]
    public void Split_is_seeded_disjoint_and_covers_every_sample()
    {
        var data = Synthetic.Binary(100, 5);
        var (train, test) = data.Split(0.25, seed: 3);
        var (train2, test2) = data.Split(0.25, seed: 3);
        var (_, test3) = data.Split(0.25, seed: 4);

        Assert.Equal(75, train.Count);
        Assert.Equal(25, test.Count);
        Assert.Equal(test.X.ToColumnMajorArray(), test2.X.ToColumnMajorArray());
        Assert.Equal(train.Labels, train2.Labels);
        Assert.NotEqual(test.X.ToColumnMajorArray(), test3.X.ToColumnMajorArray());
        var all = train.X.EnumerateRows().Concat(test.X.EnumerateRows()).Select(r => (r[0], r[1])).ToHashSet();
        Assert.Equal(data.X.EnumerateRows().Select(r => (r[0], r[1])).ToHashSet(), all);
    }

    [Fact]
    public void Matrix_split_keeps_x_and_y_rows_together()
    {
        var x = Matrix<float>.Build.Dense(10, 3, (i, j) => i * 10 + j);
        var y = Matrix<float>.Build.Dense(10, 1, (i, _) => i);
        var (xTrain, yTrain, xTest, yTest) = DataSplit.TrainTest(x, y, 0.3, seed: 1);

        Assert.Equal(7, xTrain.RowCount);
        Assert.Equal(3, xTest.RowCount);
        for (int i = 0; i < xTrain.RowCount; i++)
        {
            Assert.Equal(yTrain[i, 0] * 10 + 2, xTrain[i, 2]);
        }
        for (int i = 0; i < xTest.RowCount; i++)
        {
            Assert.Equal(yTest[i, 0] * 10, xTest[i, 0]);
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => DataSplit.TrainTest(x, y, 1.0, 1));
        Assert.Contains("y has 9", Assert.Throws<ArgumentException>(() => DataSplit.TrainTest(x, y.SubMatrix(0, 9, 0, 1), 0.3, 1)).Message);
    }

    [Fact]
    public void Standardizer_gives_zero_mean_unit_deviation_on_training_data_and_reuses_it_on_test_data()
    {
        var x = Matrix<float>.Build.Dense(4, 2, (i, j) => j == 0 ? i : 5f);
        var standardizer = Standardizer.Fit(x);
        var z = standardizer.Transform(x);

        Assert.Equal(1.5f, standardizer.Mean[0]);
        Assert.Equal(0.0, z.Column(0).Sum(), 5);
        Assert.Equal(1.0, Math.Sqrt(z.Column(0).Select(v => (double)v * v).Sum() / 4), 5);
        Assert.All(z.Column(1), v => Assert.Equal(0f, v)); // constant column
        var test = Matrix<float>.Build.Dense(1, 2, (_, j) => j == 0 ? 1.5f : 5f);
        Assert.Equal(0f, standardizer.Transform(test)[0, 0]);
        Assert.Contains("fitted on 2 features, got 3",
            Assert.Throws<ArgumentException>(() => standardizer.Transform(Matrix<float>.Build.Dense(1, 3))).Message);
    }

    [Fact]
    public void MinMaxScaler_maps_training_range_to_unit_interval()
    {
        var x = Matrix<float>.Build.Dense(3, 1, (i, _) => 10 + 5 * i);
        var scaled = MinMaxScaler.Fit(x).Transform(x);
        Assert.Equal([0f, 0.5f, 1f], scaled.Column(0).ToArray());
    }

    [Fact]
    public void Take_and_pixels_give_the_first_images()
    {
        var digits = Digits.Load();
        var first = digits.Take(5);

        Assert.Equal(5, first.Count);
        Assert.Equal(digits.Labels[..5], first.Labels);
        Assert.Equal(digits.X[4, 8 * 3 + 2], first.Pixels(4)[3, 2]);
        Assert.Throws<InvalidOperationException>(() => Synthetic.XorTable().Pixels(0));
        Assert.Equal("Digits (UCI, 8×8): 5 samples × 64 features, 10 classes, images 1×8×8", first.ToString());
    }
}
