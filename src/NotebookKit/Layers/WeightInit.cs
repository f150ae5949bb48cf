using System.Numerics;
using NotebookKit.Activations;

namespace NotebookKit.Layers;

/// <summary>Fills weights as an <see cref="Initializer"/> says, from a seeded <see cref="Random"/>.</summary>
internal static class WeightInit
{
    public static void Fill<T>(Span<T> weights, Initializer initializer, Activation activation, int fanIn, int fanOut, Random random)
        where T : struct, IFloatingPointIeee754<T>
    {
        if (initializer == Initializer.Auto)
            initializer = activation is ReLU or LeakyReLU ? Initializer.He : Initializer.Glorot;
        if (initializer == Initializer.He)
        {
            double std = Math.Sqrt(2.0 / fanIn);
            for (int i = 0; i < weights.Length; i++) weights[i] = T.CreateTruncating(std * Gaussian(random));
        }
        else
        {
            double r = Math.Sqrt(6.0 / (fanIn + fanOut));
            for (int i = 0; i < weights.Length; i++) weights[i] = T.CreateTruncating(r * (2 * random.NextDouble() - 1));
        }
    }

    /// <summary>A standard normal draw (Box–Muller); written out so the same seed gives the same numbers everywhere.</summary>
    public static double Gaussian(Random random)
    {
        double u1 = 1.0 - random.NextDouble(); // in (0, 1], so the log is finite
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
