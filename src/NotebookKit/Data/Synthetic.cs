using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Data;

/// <summary>
/// Small generated 2-D classification tasks for the first lessons; every one is fixed by its seed
/// (System.Random with a seed gives the same sequence on every run and machine).
/// </summary>
public static class Synthetic
{
    /// <summary>
    /// The seeds' first task: points uniform in the unit square, label 1 when x₁ + x₂ &gt; 1, else 0 —
    /// a line separates the classes, so one neuron can learn it.
    /// </summary>
    public static Dataset Binary(int count = 1000, int seed = 42)
    {
        CheckCount(count);
        var random = new Random(seed);
        var x = Matrix<float>.Build.Dense(count, 2);
        var labels = new int[count];
        for (int i = 0; i < count; i++)
        {
            double x1 = random.NextDouble(), x2 = random.NextDouble();
            x[i, 0] = (float)x1;
            x[i, 1] = (float)x2;
            labels[i] = x1 + x2 > 1 ? 1 : 0;
        }
        return new Dataset("x₁ + x₂ > 1", x, labels, ["below", "above"]);
    }

    /// <summary>The XOR truth table: (0,0)→0, (0,1)→1, (1,0)→1, (1,1)→0. No line separates it; a hidden layer does.</summary>
    public static Dataset XorTable()
    {
        var x = Matrix<float>.Build.DenseOfArray(new float[,] { { 0, 0 }, { 0, 1 }, { 1, 0 }, { 1, 1 } });
        return new Dataset("XOR", x, [0, 1, 1, 0], ["0", "1"]);
    }

    /// <summary>
    /// XOR as clouds: <paramref name="count"/> points around the four corners of the unit square, with Gaussian
    /// noise of standard deviation <paramref name="noise"/>; label = corner x₁ XOR corner x₂.
    /// </summary>
    public static Dataset Xor(int count = 200, double noise = 0.1, int seed = 42)
    {
        CheckCount(count);
        CheckNoise(noise);
        var random = new Random(seed);
        var x = Matrix<float>.Build.Dense(count, 2);
        var labels = new int[count];
        for (int i = 0; i < count; i++)
        {
            int a = i % 2, b = i / 2 % 2;
            x[i, 0] = (float)(a + noise * Gaussian(random));
            x[i, 1] = (float)(b + noise * Gaussian(random));
            labels[i] = a ^ b;
        }
        return new Dataset("XOR clouds", x, labels, ["0", "1"]);
    }

    /// <summary>
    /// Two interleaving half circles (as scikit-learn's make_moons): the upper moon (class 0) centred at (0, 0),
    /// the lower one (class 1) at (1, 0.5), radius 1, plus Gaussian noise of standard deviation <paramref name="noise"/>.
    /// </summary>
    public static Dataset TwoMoons(int count = 200, double noise = 0.1, int seed = 42)
    {
        CheckCount(count);
        CheckNoise(noise);
        var random = new Random(seed);
        var x = Matrix<float>.Build.Dense(count, 2);
        var labels = new int[count];
        int upper = (count + 1) / 2;
        for (int i = 0; i < count; i++)
        {
            bool isUpper = i < upper;
            int k = isUpper ? i : i - upper;
            int n = isUpper ? upper : count - upper;
            double t = n > 1 ? Math.PI * k / (n - 1) : 0;
            double px = isUpper ? Math.Cos(t) : 1 - Math.Cos(t);
            double py = isUpper ? Math.Sin(t) : 0.5 - Math.Sin(t);
            x[i, 0] = (float)(px + noise * Gaussian(random));
            x[i, 1] = (float)(py + noise * Gaussian(random));
            labels[i] = isUpper ? 0 : 1;
        }
        return new Dataset("two moons", x, labels, ["upper", "lower"]);
    }

    /// <summary>
    /// <paramref name="classes"/> interleaved spiral arms (the CS231n toy set): arm j has radius r from 0 to 1 and
    /// angle θ = 4j + 4r + noise·N(0, 1), point (r·sin θ, r·cos θ).
    /// </summary>
    public static Dataset Spirals(int count = 300, int classes = 3, double noise = 0.2, int seed = 42)
    {
        CheckCount(count);
        CheckNoise(noise);
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, classes);
        var random = new Random(seed);
        var x = Matrix<float>.Build.Dense(count, 2);
        var labels = new int[count];
        int perClass = count / classes;
        for (int i = 0; i < count; i++)
        {
            int arm = Math.Min(i / perClass, classes - 1);
            int k = i - arm * perClass;
            int n = arm == classes - 1 ? count - arm * perClass : perClass;
            double r = n > 1 ? (double)k / (n - 1) : 0;
            double theta = 4 * arm + 4 * r + noise * Gaussian(random);
            x[i, 0] = (float)(r * Math.Sin(theta));
            x[i, 1] = (float)(r * Math.Cos(theta));
            labels[i] = arm;
        }
        var names = Enumerable.Range(0, classes).Select(j => $"arm {j}").ToArray();
        return new Dataset($"{classes} spirals", x, labels, names);
    }

    // Box–Muller: two uniforms give one standard normal (the second is discarded for simplicity).
    private static double Gaussian(Random random)
    {
        double u1 = 1.0 - random.NextDouble(); // in (0, 1], so the log is finite
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private static void CheckCount(int count) => ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);

    private static void CheckNoise(double noise)
    {
        if (double.IsNaN(noise) || noise < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(noise), noise, "noise is a standard deviation: 0 or more.");
        }
    }
}
