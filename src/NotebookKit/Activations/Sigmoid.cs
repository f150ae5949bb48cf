using System.Numerics;

namespace NotebookKit.Activations;

/// <summary>σ(z) = 1 / (1 + e^−z), σ′(z) = σ(z)(1 − σ(z)): squashes to (0, 1), a probability for binary outputs.</summary>
public sealed class Sigmoid : ElementwiseActivation
{
    public override string Name => "Sigmoid";

    public override double Apply(double z) => Of(z);

    public override double Derivative(double z)
    {
        double s = Of(z);
        return s * (1 - s);
    }

    /// <summary>σ(z), written so that e^x never overflows: for z &lt; 0 use e^z / (1 + e^z).</summary>
    internal static T Of<T>(T z) where T : struct, IFloatingPointIeee754<T>
    {
        if (z >= T.Zero) return T.One / (T.One + T.Exp(-z));
        T e = T.Exp(z);
        return e / (T.One + e);
    }

    protected override void Forward<T>(ReadOnlySpan<T> z, Span<T> a)
    {
        for (int i = 0; i < z.Length; i++) a[i] = Of(z[i]);
    }

    // dL/dZ = dL/dA ⊙ A(1 − A)
    protected override void Backward<T>(ReadOnlySpan<T> z, ReadOnlySpan<T> a, ReadOnlySpan<T> da, Span<T> dz)
    {
        for (int i = 0; i < z.Length; i++) dz[i] = da[i] * a[i] * (T.One - a[i]);
    }
}
