using System.Numerics;
using NotebookKit.Layers;

namespace NotebookKit.Activations;

/// <summary>ReLU(z) = max(0, z), ReLU′(z) = 1 if z &gt; 0 else 0 (we take 0 at the kink, as Keras and PyTorch do).</summary>
public sealed class ReLU : ElementwiseActivation
{
    public override string Name => "ReLU";

    public override double Apply(double z) => Math.Max(0, z);

    public override double Derivative(double z) => z > 0 ? 1 : 0;

    protected override void Forward<T>(ReadOnlySpan<T> z, Span<T> a) => VectorOps.Relu(z, a);

    // dL/dZ = dL/dA ⊙ [Z > 0]
    protected override void Backward<T>(ReadOnlySpan<T> z, ReadOnlySpan<T> a, ReadOnlySpan<T> da, Span<T> dz) =>
        VectorOps.ReluBackward(z, da, dz);
}
