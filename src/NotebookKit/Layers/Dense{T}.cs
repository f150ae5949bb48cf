using System.Numerics;
using System.Runtime.CompilerServices;
using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Activations;

namespace NotebookKit.Layers;

/// <summary>
/// A fully connected layer: Z = X·W + b, A = f(Z).
/// </summary>
/// <remarks>
/// Parameters: <c>units</c> (out), <c>inputs</c> (in; optional after the first layer), <c>activation</c>
/// (default <see cref="Activation.Linear"/>), <c>initializer</c> (default <see cref="Initializer.Auto"/>),
/// <c>weightDecay</c> λ (L2 on W, default 0).
/// Shapes: X is n×in (one row per sample, as in Keras and NumPy — the transpose of the column-vector textbook
/// form), W is in×out, b is 1×out added to every row, A is n×out.
/// </remarks>
public class Dense<T> : Layer<T> where T : struct, IFloatingPointIeee754<T>
{
    private Parameter<T>? weights, bias;
    private Matrix<T>? X, Z, A, dZ, dX;

    public Dense(int units, int? inputs = null, Activation? activation = null, Initializer initializer = Initializer.Auto, double weightDecay = 0)
        : base("Dense", inputs is int n ? new Shape(CheckPositive(n, nameof(inputs))) : null)
    {
        Units = CheckPositive(units, nameof(units));
        Activation = activation ?? Activation.Linear;
        Initializer = initializer;
        if (!(weightDecay >= 0)) throw new ArgumentOutOfRangeException(nameof(weightDecay), weightDecay, "weightDecay must be ≥ 0.");
        WeightDecay = weightDecay;
    }

    /// <summary>The number of outputs (neurons).</summary>
    public int Units { get; }

    /// <summary>f in A = f(Z).</summary>
    public Activation Activation { get; }

    public Initializer Initializer { get; }

    /// <summary>L2 penalty λ on W.</summary>
    public double WeightDecay { get; }

    public override Activation? OutputActivation => Activation;

    /// <summary>The weights, in×out: column j holds neuron j's incoming weights.</summary>
    public Matrix<T> W => (weights ?? throw NotBuilt()).Value;

    /// <summary>The biases, one per output.</summary>
    public MathNet.Numerics.LinearAlgebra.Vector<T> b => MathNet.Numerics.LinearAlgebra.Vector<T>.Build.Dense((bias ?? throw NotBuilt()).ValueStorage);

    public override string Describe() => $"Dense({Units}, {Activation.Name})";

    protected override Shape BuildCore(Shape inputShape, Random random)
    {
        if (inputShape.Rank != 1)
            throw new ArgumentException($"{Name} expects flat input, got shape {inputShape}; add a Flatten layer before it.");
        int fanIn = inputShape[0];
        weights = AddParameter("W", fanIn, Units, WeightDecay);
        bias = AddParameter("b", 1, Units);
        WeightInit.Fill<T>(weights.ValueStorage, Initializer, Activation, fanIn, Units, random);
        return new Shape(Units);
    }

    private protected override void ReleaseBuffersCore() => X = Z = A = dZ = dX = null;

    // Z = X·W + b   (n×in)(in×out) + (1×out) → n×out;   A = f(Z)
    protected override Matrix<T> ForwardCore(Matrix<T> X, bool training)
    {
        this.X = X;
        int n = X.RowCount;
        Matrix<T> z = Reuse(ref Z, n, Units);
        X.Multiply(weights!.Value, z);
        AddBiasToRows(Data(z), bias!.ValueStorage, n);
        if (Activation is Linear) return z;
        Matrix<T> a = Reuse(ref A, n, Units);
        Activation.Forward(z, a);
        return a;
    }

    // dL/dZ = dL/dA ⊙ f′(Z)   (n×out)
    protected override Matrix<T>? BackwardCore(Matrix<T> dA, bool needInputGradient)
    {
        if (Activation is Linear) return BackwardFromPreActivationCore(dA, needInputGradient);
        Matrix<T> dz = Reuse(ref dZ, dA.RowCount, Units);
        Activation.Backward(Z!, A!, dA, dz);
        return BackwardFromPreActivationCore(dz, needInputGradient);
    }

    protected override Matrix<T>? BackwardFromPreActivationCore(Matrix<T> dZ, bool needInputGradient)
    {
        // dL/dW = Xᵀ · dL/dZ   (in×n)(n×out) → in×out
        X!.TransposeThisAndMultiply(dZ, weights!.Gradient);
        // dL/db = Σ_rows dL/dZ   (n×out) → 1×out
        SumRows(Data(dZ), bias!.GradientStorage, dZ.RowCount);
        if (!needInputGradient) return null;
        // dL/dX = dL/dZ · Wᵀ   (n×out)(out×in) → n×in
        Matrix<T> dx = Reuse(ref dX, dZ.RowCount, InputShape![0]);
        dZ.TransposeAndMultiply(weights.Value, dx);
        return dx;
    }

    /// <summary>z[i, j] += b[j]: column j of a column-major n×out matrix is one contiguous run of n values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void AddBiasToRows(T[] z, T[] b, int n)
    {
        for (int j = 0; j < b.Length; j++) VectorOps.AddScalar(z.AsSpan(j * n, n), b[j]);
    }

    /// <summary>db[j] = Σᵢ dz[i, j], one contiguous column at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void SumRows(T[] dz, T[] db, int n)
    {
        for (int j = 0; j < db.Length; j++) db[j] = VectorOps.Sum<T>(dz.AsSpan(j * n, n));
    }

    private static int CheckPositive(int value, string name) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive.");

    private InvalidOperationException NotBuilt() =>
        new($"{Name} has no weights yet: it is built when its input size is known (inputs:, or as part of a Sequential that has seen data).");
}
