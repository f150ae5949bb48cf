using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Activations;

/// <summary>
/// An activation A = f(Z), applied to a layer's pre-activation Z = X·W + b. Each knows its derivative, so
/// backward computes dL/dZ = dL/dA ⊙ f′(Z) (softmax, which mixes a row, uses its Jacobian instead).
/// </summary>
/// <remarks>
/// Use the shared instances: <see cref="Linear"/>, <see cref="Sigmoid"/>, <see cref="Tanh"/>, <see cref="ReLU"/>,
/// <see cref="LeakyReLU"/>, <see cref="Softmax"/>. <see cref="Apply(double)"/> and <see cref="Derivative(double)"/>
/// work on one number, to plot f and f′; the matrix methods are what layers call.
/// </remarks>
public abstract class Activation
{
    /// <summary>f(z) = z.</summary>
    public static Activation Linear { get; } = new global::NotebookKit.Activations.Linear();

    /// <summary>σ(z) = 1 / (1 + e^−z).</summary>
    public static Activation Sigmoid { get; } = new global::NotebookKit.Activations.Sigmoid();

    /// <summary>tanh(z).</summary>
    public static Activation Tanh { get; } = new global::NotebookKit.Activations.Tanh();

    /// <summary>ReLU(z) = max(0, z).</summary>
    public static Activation ReLU { get; } = new global::NotebookKit.Activations.ReLU();

    /// <summary>LeakyReLU(z) = z if z &gt; 0 else α·z, with α = 0.01 (make others with <c>new LeakyReLU(alpha)</c>).</summary>
    public static Activation LeakyReLU { get; } = new global::NotebookKit.Activations.LeakyReLU();

    /// <summary>softmax(z)ᵢ = e^zᵢ / Σⱼ e^zⱼ over each row.</summary>
    public static Activation Softmax { get; } = new global::NotebookKit.Activations.Softmax();

    /// <summary>Every built-in activation, for tables and plots.</summary>
    public static IReadOnlyList<Activation> All { get; } = [Linear, Sigmoid, Tanh, ReLU, LeakyReLU, Softmax];

    /// <summary>The name the lessons use, e.g. <c>ReLU</c>.</summary>
    public abstract string Name { get; }

    /// <summary>f(z) for one number.</summary>
    public abstract double Apply(double z);

    /// <summary>f′(z) for one number.</summary>
    public abstract double Derivative(double z);

    /// <summary>Writes A = f(Z) into <paramref name="A"/> (same shape as Z; may be Z itself for elementwise activations).</summary>
    public abstract void Forward<T>(Matrix<T> Z, Matrix<T> A) where T : struct, IFloatingPointIeee754<T>;

    /// <summary>Writes dL/dZ given Z, A = f(Z) and dL/dA.</summary>
    public abstract void Backward<T>(Matrix<T> Z, Matrix<T> A, Matrix<T> dA, Matrix<T> dZ) where T : struct, IFloatingPointIeee754<T>;

    /// <summary>Returns f(Z) as a new matrix.</summary>
    public Matrix<T> Apply<T>(Matrix<T> Z) where T : struct, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(Z);
        var A = Matrix<T>.Build.Dense(Z.RowCount, Z.ColumnCount);
        Forward(Z.AsColumnMajorArray() is null ? Matrix<T>.Build.DenseOfMatrix(Z) : Z, A);
        return A;
    }

    public override string ToString() => Name;

    private protected static T[] Data<T>(Matrix<T> m) where T : struct, IFloatingPointIeee754<T> =>
        m.AsColumnMajorArray() ?? throw new ArgumentException("Activations work on dense matrices.", nameof(m));
}
