using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Layers;

/// <summary>
/// One trainable tensor of a layer (a weight matrix W or a bias b) and its gradient dL/dθ of the same shape.
/// The values live in one column-major array that the <see cref="Value"/> matrix view shares, so the optimizer
/// updates the array in place and the layer sees the change without a copy.
/// </summary>
public sealed class Parameter<T> where T : struct, IFloatingPointIeee754<T>
{
    internal Parameter(string name, int rows, int columns, double weightDecay)
    {
        Name = name;
        Rows = rows;
        Columns = columns;
        WeightDecay = weightDecay;
        Values = new T[rows * columns];
        Gradients = new T[rows * columns];
        Value = Matrix<T>.Build.Dense(rows, columns, Values);
        Gradient = Matrix<T>.Build.Dense(rows, columns, Gradients);
    }

    /// <summary>The name the lessons use: <c>W</c> or <c>b</c>.</summary>
    public string Name { get; }

    public int Rows { get; }

    public int Columns { get; }

    /// <summary>The number of scalars: Rows × Columns.</summary>
    public int Length => Values.Length;

    /// <summary>L2 penalty λ: the loss gains λ/2·‖θ‖² and the gradient λ·θ (0 for biases).</summary>
    public double WeightDecay { get; }

    /// <summary>The values, column-major (the storage of <see cref="Value"/>).</summary>
    public T[] Values { get; }

    /// <summary>dL/dθ from the last backward pass, column-major (the storage of <see cref="Gradient"/>).</summary>
    public T[] Gradients { get; }

    /// <summary>The values as a Rows×Columns matrix sharing <see cref="Values"/>.</summary>
    public Matrix<T> Value { get; }

    /// <summary>The gradient as a Rows×Columns matrix sharing <see cref="Gradients"/>.</summary>
    public Matrix<T> Gradient { get; }

    public override string ToString() => $"{Name} ({Rows}×{Columns})";
}
