using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Training;

namespace NotebookKit.Tests.Training;

public class BatchGathererTests
{
    // Sizes around the 8×8 tiles of the float fast path: full tiles, a ragged edge in rows, columns, or both.
    [Theory]
    [InlineData(64, 784)]
    [InlineData(16, 24)]
    [InlineData(13, 19)]
    [InlineData(8, 5)]
    [InlineData(3, 8)]
    [InlineData(1, 1)]
    public void Float_batches_hold_exactly_the_picked_rows_in_order(int batch, int columns)
    {
        var source = Matrix<float>.Build.Dense(101, columns, (i, j) => i * 1000 + j + 0.25f);
        var picked = Enumerable.Range(0, batch).Select(r => (r * 37 + 5) % 101).ToArray();
        using var gatherer = new BatchGatherer<float>(source);

        var gathered = gatherer.Gather(picked);

        Assert.Equal(batch, gathered.RowCount);
        Assert.Equal(columns, gathered.ColumnCount);
        for (int r = 0; r < batch; r++)
            for (int j = 0; j < columns; j++)
                Assert.Equal(source[picked[r], j], gathered[r, j]);
    }

    [Fact]
    public void Double_batches_hold_exactly_the_picked_rows_in_order()
    {
        var source = Matrix<double>.Build.Dense(40, 11, (i, j) => i * 100 + j + 0.5);
        int[] picked = [39, 0, 7, 7, 21, 3, 38, 12, 5];
        using var gatherer = new BatchGatherer<double>(source);

        var gathered = gatherer.Gather(picked);

        for (int r = 0; r < picked.Length; r++)
            for (int j = 0; j < 11; j++)
                Assert.Equal(source[picked[r], j], gathered[r, j]);
    }
}
