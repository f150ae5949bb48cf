using System.Numerics;

namespace NotebookKit.Activations;

/// <summary>
/// LeakyReLU(z) = z if z &gt; 0 else α·z, derivative 1 or α: like ReLU but a negative input still passes a small
/// gradient, so a unit cannot die. Default α = 0.01.
/// </summary>
public sealed class LeakyReLU : ElementwiseActivation
{
    public LeakyReLU(double alpha = 0.01)
    {
        if (!(alpha >= 0 && alpha < 1))
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "LeakyReLU's alpha must be in [0, 1).");
        Alpha = alpha;
    }

    /// <summary>The slope α for negative inputs.</summary>
    public double Alpha { get; }

    public override string Name => Alpha == 0.01 ? "LeakyReLU" : $"LeakyReLU(α={Alpha})";

    public override double Apply(double z) => z > 0 ? z : Alpha * z;

    public override double Derivative(double z) => z > 0 ? 1 : Alpha;

    protected override void Forward<T>(ReadOnlySpan<T> z, Span<T> a)
    {
        T alpha = T.CreateTruncating(Alpha);
        for (int i = 0; i < z.Length; i++) a[i] = z[i] > T.Zero ? z[i] : alpha * z[i];
    }

    // dL/dZ = dL/dA ⊙ (Z > 0 ? 1 : α)
    protected override void Backward<T>(ReadOnlySpan<T> z, ReadOnlySpan<T> a, ReadOnlySpan<T> da, Span<T> dz)
    {
        T alpha = T.CreateTruncating(Alpha);
        for (int i = 0; i < z.Length; i++) dz[i] = z[i] > T.Zero ? da[i] : alpha * da[i];
    }
}
