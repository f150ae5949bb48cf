using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Layers;

/// <summary>
/// One trainable tensor θ of a layer (a weight matrix W or a bias b): its <see cref="Value"/> and its
/// <see cref="Gradient"/> dL/dθ, two Rows×Columns matrices.
/// </summary>
/// <remarks>
/// One name per concept, the names a PyTorch (<c>p.data</c>, <c>p.grad</c>), Keras (<c>variable.value</c>) or
/// micrograd reader looks for. Each matrix is a view of one column-major array, so an optimizer updates θ in place
/// and the layer sees the change without a copy; those arrays are the library's business (optimizers, initialisers,
/// save/load, the fast paths) and are reached as <c>ValueStorage</c>/<c>GradientStorage</c>, internal, so that no
/// public <c>Values</c> sits one letter away from <c>Value</c>. A custom optimizer gets them as spans in
/// <see cref="Optimizers.Optimizer"/>'s <c>UpdateStep</c>.
/// </remarks>
public sealed class Parameter<T> where T : struct, IFloatingPointIeee754<T>
{
    internal Parameter(string name, int rows, int columns, double weightDecay)
    {
        Name = name;
        Rows = rows;
        Columns = columns;
        WeightDecay = weightDecay;
        ValueStorage = new T[rows * columns];
        GradientStorage = new T[rows * columns];
        Value = Matrix<T>.Build.Dense(rows, columns, ValueStorage);
        Gradient = Matrix<T>.Build.Dense(rows, columns, GradientStorage);
    }

    /// <summary>The name the lessons use: <c>W</c> or <c>b</c>.</summary>
    public string Name { get; }

    public int Rows { get; }

    public int Columns { get; }

    /// <summary>The number of scalars: Rows × Columns.</summary>
    public int Length => ValueStorage.Length;

    /// <summary>L2 penalty λ: the loss gains λ/2·‖θ‖² and the gradient λ·θ (0 for biases).</summary>
    public double WeightDecay { get; }

    /// <summary>θ, a Rows×Columns matrix; writing it changes the layer.</summary>
    public Matrix<T> Value { get; }

    /// <summary>dL/dθ from the last backward pass, a Rows×Columns matrix.</summary>
    public Matrix<T> Gradient { get; }

    /// <summary>The storage of <see cref="Value"/>, column-major.</summary>
    internal T[] ValueStorage { get; }

    /// <summary>The storage of <see cref="Gradient"/>, column-major.</summary>
    internal T[] GradientStorage { get; }

    public override string ToString() => $"{Name} ({Rows}×{Columns})";
}
