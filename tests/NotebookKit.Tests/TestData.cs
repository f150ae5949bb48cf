using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Tests;

/// <summary>Seeded random matrices for tests.</summary>
internal static class TestData
{
    public static Matrix<double> Uniform(int rows, int columns, int seed, double low = -1, double high = 1)
    {
        var random = new Random(seed);
        return Matrix<double>.Build.Dense(rows, columns, (_, _) => low + (high - low) * random.NextDouble());
    }

    public static Matrix<float> UniformFloat(int rows, int columns, int seed, double low = -1, double high = 1) =>
        Uniform(rows, columns, seed, low, high).Map(v => (float)v);

    /// <summary>n one-hot rows over k classes, the class of row i drawn at random.</summary>
    public static Matrix<double> OneHot(int rows, int classes, int seed)
    {
        var random = new Random(seed);
        var y = Matrix<double>.Build.Dense(rows, classes);
        for (int i = 0; i < rows; i++) y[i, random.Next(classes)] = 1;
        return y;
    }

    /// <summary>The XOR truth table.</summary>
    public static (Matrix<float> X, Matrix<float> Y) Xor() =>
        (Matrix<float>.Build.DenseOfArray(new float[,] { { 0, 0 }, { 0, 1 }, { 1, 0 }, { 1, 1 } }),
         Matrix<float>.Build.DenseOfArray(new float[,] { { 0 }, { 1 }, { 1 }, { 0 } }));

    /// <summary>Two Gaussian-ish blobs per class in 2-D, k classes, one-hot targets.</summary>
    public static (Matrix<float> X, Matrix<float> Y) Blobs(int rows, int classes, int seed)
    {
        var random = new Random(seed);
        var x = Matrix<float>.Build.Dense(rows, 2);
        var y = Matrix<float>.Build.Dense(rows, classes);
        for (int i = 0; i < rows; i++)
        {
            int c = i % classes;
            double angle = 2 * Math.PI * c / classes;
            x[i, 0] = (float)(2 * Math.Cos(angle) + 0.5 * (random.NextDouble() - 0.5));
            x[i, 1] = (float)(2 * Math.Sin(angle) + 0.5 * (random.NextDouble() - 0.5));
            y[i, c] = 1;
        }
        return (x, y);
    }
}
