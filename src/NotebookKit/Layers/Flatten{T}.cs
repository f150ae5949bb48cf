using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Layers;

/// <summary>
/// Flatten: reads a (C, H, W) sample as C·H·W features, A = X. A row is already flat in memory, so this layer only
/// changes the shape the next layer sees (Dense needs flat input); dL/dX = dL/dA.
/// </summary>
public class Flatten<T> : Layer<T> where T : struct, IFloatingPointIeee754<T>
{
    public Flatten() : base("Flatten", null)
    {
    }

    public override string Describe() => "Flatten";

    protected override Shape BuildCore(Shape inputShape, Random random) => new(inputShape.Size);

    // A = X   (N×(C·H·W), the same matrix)
    protected override Matrix<T> ForwardCore(Matrix<T> X, bool training) => X;

    // dL/dX = dL/dA
    protected override Matrix<T>? BackwardCore(Matrix<T> dA, bool needInputGradient) => needInputGradient ? dA : null;
}
