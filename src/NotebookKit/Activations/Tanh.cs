using System.Numerics;

namespace NotebookKit.Activations;

/// <summary>tanh(z) = (e^z − e^−z) / (e^z + e^−z), tanh′(z) = 1 − tanh²(z): squashes to (−1, 1), centred at 0.</summary>
public sealed class Tanh : ElementwiseActivation
{
    public override string Name => "Tanh";

    public override double Apply(double z) => Math.Tanh(z);

    public override double Derivative(double z)
    {
        double t = Math.Tanh(z);
        return 1 - t * t;
    }

    protected override void Forward<T>(ReadOnlySpan<T> z, Span<T> a)
    {
        for (int i = 0; i < z.Length; i++) a[i] = T.Tanh(z[i]);
    }

    // dL/dZ = dL/dA ⊙ (1 − A²)
    protected override void Backward<T>(ReadOnlySpan<T> z, ReadOnlySpan<T> a, ReadOnlySpan<T> da, Span<T> dz)
    {
        for (int i = 0; i < z.Length; i++) dz[i] = da[i] * (T.One - a[i] * a[i]);
    }
}
