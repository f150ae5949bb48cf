using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Activations;

/// <summary>
/// An activation applied to each number on its own: A = f(Z) elementwise, dL/dZ = dL/dA ⊙ f′(Z).
/// Subclasses write the two span loops; the matrix plumbing is here.
/// </summary>
public abstract class ElementwiseActivation : Activation
{
    public sealed override void Forward<T>(Matrix<T> Z, Matrix<T> A)
    {
        CheckSameShape(Z, A);
        Forward<T>(Data(Z), Data(A));
    }

    public sealed override void Backward<T>(Matrix<T> Z, Matrix<T> A, Matrix<T> dA, Matrix<T> dZ)
    {
        CheckSameShape(Z, A);
        CheckSameShape(Z, dA);
        CheckSameShape(Z, dZ);
        Backward<T>(Data(Z), Data(A), Data(dA), Data(dZ));
    }

    /// <summary>a = f(z) elementwise.</summary>
    protected abstract void Forward<T>(ReadOnlySpan<T> z, Span<T> a) where T : struct, IFloatingPointIeee754<T>;

    /// <summary>dz = da ⊙ f′(z), using whichever of z and a = f(z) is cheaper.</summary>
    protected abstract void Backward<T>(ReadOnlySpan<T> z, ReadOnlySpan<T> a, ReadOnlySpan<T> da, Span<T> dz)
        where T : struct, IFloatingPointIeee754<T>;

    private protected static void CheckSameShape<T>(Matrix<T> a, Matrix<T> b) where T : struct, IFloatingPointIeee754<T>
    {
        if (a.RowCount != b.RowCount || a.ColumnCount != b.ColumnCount)
            throw new ArgumentException($"Activation operands must have the same shape: {a.RowCount}×{a.ColumnCount} vs {b.RowCount}×{b.ColumnCount}.");
    }
}
