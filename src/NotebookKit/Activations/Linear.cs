using System.Numerics;

namespace NotebookKit.Activations;

/// <summary>f(z) = z, f′(z) = 1: the output of a regression layer, or logits for a loss that works from logits.</summary>
public sealed class Linear : ElementwiseActivation
{
    public override string Name => "Linear";

    public override double Apply(double z) => z;

    public override double Derivative(double z) => 1;

    protected override void Forward<T>(ReadOnlySpan<T> z, Span<T> a)
    {
        z.CopyTo(a);
    }

    // dL/dZ = dL/dA ⊙ 1
    protected override void Backward<T>(ReadOnlySpan<T> z, ReadOnlySpan<T> a, ReadOnlySpan<T> da, Span<T> dz)
    {
        da.CopyTo(dz);
    }
}
