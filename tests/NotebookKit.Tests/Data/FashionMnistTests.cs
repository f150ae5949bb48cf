using NotebookKit.Data;

namespace NotebookKit.Tests.Data;

public sealed class FashionMnistTests
{
    [Fact]
    public void The_shipped_test_split_loads_without_any_installed_files()
    {
        using var empty = new TempFolder();

        var test = FashionMnist.Load(FashionMnistSplit.Test, empty.Path, scale: true, systemFolder: empty.Path);

        Assert.Equal(10000, test.Count);
        Assert.Equal(784, test.Features);
        Assert.Equal(new ImageShape(1, 28, 28), test.Image);
        Assert.Equal("Ankle boot", test.ClassNames[9]);
        Assert.All(Enumerable.Range(0, 10), c => Assert.Equal(1000, test.Labels.Count(l => l == c)));
        Assert.InRange(test.X.Enumerate().Min(), 0f, 0f);
        Assert.InRange(test.X.Enumerate().Max(), 1f, 1f);
    }

    [Fact]
    public void Pixels_are_laid_out_row_by_row_as_in_the_idx_file()
    {
        var raw = FashionMnist.LoadTest(scale: false);
        var images = IdxReader.Read(IdxReaderTests.Shipped("t10k-images-idx3-ubyte.gz"), "t10k");

        // image 3, pixel (row 14, column 9)
        Assert.Equal(images.Values[3 * 784 + 14 * 28 + 9], raw.X[3, 14 * 28 + 9]);
        Assert.Equal(raw.X[3, 14 * 28 + 9], raw.Pixels(3)[14, 9]);
    }

    [Fact]
    public void A_folder_holding_a_damaged_copy_is_refused_by_checksum_not_skipped()
    {
        using var folder = new TempFolder();
        var images = IdxReaderTests.Shipped("t10k-images-idx3-ubyte.gz");
        images[images.Length / 2] ^= 0xFF;
        var path = folder.Write("t10k-images-idx3-ubyte.gz", images);

        var error = Assert.Throws<InvalidDataException>(() => FashionMnist.LoadTest(folder.Path));
        Assert.Contains(path, error.Message);
        Assert.Contains("checksum", error.Message);
    }

    [Fact]
    public void Missing_training_files_say_where_they_were_looked_for_and_how_to_install_them()
    {
        using var mine = new TempFolder();
        using var system = new TempFolder();

        var error = Assert.Throws<FileNotFoundException>(() => FashionMnist.Load(FashionMnistSplit.Train, mine.Path, true, system.Path));
        Assert.Contains("train-images-idx3-ubyte.gz", error.Message);
        Assert.Contains(mine.Path, error.Message);
        Assert.Contains(system.Path, error.Message);
        Assert.Contains("dataset-fashion-mnist", error.Message);
    }

    [Fact]
    public void The_training_split_loads_from_the_Debian_package()
    {
        Assert.True(File.Exists(Path.Combine(FashionMnist.DebianFolder, "train-images-idx3-ubyte.gz")),
            "the tests need Debian's dataset-fashion-mnist (see .ci/deps)");

        var train = FashionMnist.LoadTrain();

        Assert.Equal(60000, train.Count);
        Assert.Equal(784, train.Features);
        Assert.All(Enumerable.Range(0, 10), c => Assert.Equal(6000, train.Labels.Count(l => l == c)));
    }
}
