using System.Numerics;

namespace NotebookKit.Activations;

/// <summary>ReLU(z) = max(0, z), ReLU′(z) = 1 if z &gt; 0 else 0 (we take 0 at the kink, as Keras and PyTorch do).</summary>
public sealed class ReLU : ElementwiseActivation
{
    public override string Name => "ReLU";

    public override double Apply(double z) => Math.Max(0, z);

    public override double Derivative(double z) => z > 0 ? 1 : 0;

    protected override void Forward<T>(ReadOnlySpan<T> z, Span<T> a)
    {
        int i = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated && System.Numerics.Vector<T>.IsSupported)
        {
            int width = System.Numerics.Vector<T>.Count;
            for (; i <= z.Length - width; i += width)
                System.Numerics.Vector.Max(new System.Numerics.Vector<T>(z[i..]), System.Numerics.Vector<T>.Zero).CopyTo(a[i..]);
        }
        for (; i < z.Length; i++) a[i] = T.Max(z[i], T.Zero);
    }

    // dL/dZ = dL/dA ⊙ [Z > 0]
    protected override void Backward<T>(ReadOnlySpan<T> z, ReadOnlySpan<T> a, ReadOnlySpan<T> da, Span<T> dz)
    {
        int i = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated && System.Numerics.Vector<T>.IsSupported)
        {
            int width = System.Numerics.Vector<T>.Count;
            for (; i <= z.Length - width; i += width)
            {
                var positive = System.Numerics.Vector.GreaterThan(new System.Numerics.Vector<T>(z[i..]), System.Numerics.Vector<T>.Zero);
                System.Numerics.Vector.ConditionalSelect(positive, new System.Numerics.Vector<T>(da[i..]), System.Numerics.Vector<T>.Zero).CopyTo(dz[i..]);
            }
        }
        for (; i < z.Length; i++) dz[i] = z[i] > T.Zero ? da[i] : T.Zero;
    }
}
