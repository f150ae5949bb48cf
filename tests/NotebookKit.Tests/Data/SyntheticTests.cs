using NotebookKit.Data;

namespace NotebookKit.Tests.Data;

public sealed class SyntheticTests
{
    public static TheoryData<string> Generators => ["binary", "xor", "moons", "spirals"];

    private static Dataset Make(string kind, int seed) => kind switch
    {
        "binary" => Synthetic.Binary(300, seed),
        "xor" => Synthetic.Xor(300, 0.1, seed),
        "moons" => Synthetic.TwoMoons(300, 0.1, seed),
        "spirals" => Synthetic.Spirals(300, 3, 0.2, seed),
        _ => throw new ArgumentException(kind),
    };

    [Theory]
    [MemberData(nameof(Generators))]
    public void Same_seed_gives_the_same_data_bit_for_bit(string kind)
    {
        var a = Make(kind, 7);
        var b = Make(kind, 7);

        Assert.Equal(a.X.ToColumnMajorArray(), b.X.ToColumnMajorArray());
        Assert.Equal(a.Labels, b.Labels);
        Assert.Equal(300, a.Count);
        Assert.Equal(2, a.Features);
    }

    [Theory]
    [MemberData(nameof(Generators))]
    public void Another_seed_gives_other_points(string kind)
    {
        Assert.NotEqual(Make(kind, 1).X.ToColumnMajorArray(), Make(kind, 2).X.ToColumnMajorArray());
    }

    [Fact]
    public void Binary_labels_follow_x1_plus_x2_above_one()
    {
        var data = Synthetic.Binary(500, 3);
        for (int i = 0; i < data.Count; i++)
        {
            Assert.Equal(data.X[i, 0] + (double)data.X[i, 1] > 1 ? 1 : 0, data.Labels[i]);
            Assert.InRange(data.X[i, 0], 0f, 1f);
        }
        Assert.InRange(data.Labels.Count(l => l == 1), 200, 300);
        Assert.Equal(data.Labels.Select(l => (float)l), data.LabelColumn.Column(0));
    }

    [Fact]
    public void Xor_table_is_the_truth_table()
    {
        var xor = Synthetic.XorTable();
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal((int)xor.X[i, 0] ^ (int)xor.X[i, 1], xor.Labels[i]);
        }
    }

    [Fact]
    public void Xor_clouds_without_noise_sit_on_the_corners_with_xor_labels()
    {
        var xor = Synthetic.Xor(40, noise: 0, seed: 1);
        for (int i = 0; i < xor.Count; i++)
        {
            Assert.Equal((int)xor.X[i, 0] ^ (int)xor.X[i, 1], xor.Labels[i]);
        }
        Assert.Equal(20, xor.Labels.Count(l => l == 1));
    }

    [Fact]
    public void Noise_free_moons_lie_on_their_unit_circles()
    {
        var moons = Synthetic.TwoMoons(101, noise: 0, seed: 1);
        for (int i = 0; i < moons.Count; i++)
        {
            double cx = moons.Labels[i] == 0 ? 0 : 1, cy = moons.Labels[i] == 0 ? 0 : 0.5;
            double radius = Math.Sqrt(Math.Pow(moons.X[i, 0] - cx, 2) + Math.Pow(moons.X[i, 1] - cy, 2));
            Assert.Equal(1.0, radius, 5);
        }
        Assert.Equal(51, moons.Labels.Count(l => l == 0));
    }

    [Fact]
    public void Spirals_have_balanced_arms_within_the_unit_disc()
    {
        var spirals = Synthetic.Spirals(count: 400, classes: 4, noise: 0.3, seed: 9);
        Assert.Equal(4, spirals.ClassCount);
        Assert.All(Enumerable.Range(0, 4), c => Assert.Equal(100, spirals.Labels.Count(l => l == c)));
        for (int i = 0; i < spirals.Count; i++)
        {
            Assert.True(spirals.X[i, 0] * spirals.X[i, 0] + spirals.X[i, 1] * spirals.X[i, 1] <= 1.0001);
        }
    }

    [Fact]
    public void Negative_noise_and_empty_sets_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Synthetic.TwoMoons(100, noise: -0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Synthetic.Binary(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Synthetic.Spirals(100, classes: 1));
    }
}
