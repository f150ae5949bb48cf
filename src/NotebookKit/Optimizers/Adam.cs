using System.Numerics;
using NotebookKit.Layers;

namespace NotebookKit.Optimizers;

/// <summary>
/// Adam (Kingma &amp; Ba, 2015):
/// m ← β₁·m + (1 − β₁)·g,  v ← β₂·v + (1 − β₂)·g²,
/// m̂ = m / (1 − β₁ᵗ),  v̂ = v / (1 − β₂ᵗ),
/// θ ← θ − η·m̂ / (√v̂ + ε).
/// Defaults η = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 1e−8 (the paper's); m and v start at 0, which is why the
/// bias corrections divide by 1 − βᵗ.
/// </summary>
public sealed class Adam : Optimizer
{
    public Adam(double learningRate = 0.001, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8) : base(learningRate)
    {
        if (!(beta1 >= 0 && beta1 < 1)) throw new ArgumentOutOfRangeException(nameof(beta1), beta1, "beta1 must be in [0, 1).");
        if (!(beta2 >= 0 && beta2 < 1)) throw new ArgumentOutOfRangeException(nameof(beta2), beta2, "beta2 must be in [0, 1).");
        if (!(epsilon > 0)) throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "epsilon must be positive.");
        Beta1 = beta1;
        Beta2 = beta2;
        Epsilon = epsilon;
    }

    /// <summary>β₁: decay of the first moment m (the mean of g).</summary>
    public double Beta1 { get; }

    /// <summary>β₂: decay of the second moment v (the mean of g²).</summary>
    public double Beta2 { get; }

    /// <summary>ε, added to √v̂ (outside the root, as in the paper).</summary>
    public double Epsilon { get; }

    public override string Name => "Adam";

    protected override int SlotCount => 2;

    // m ← β₁m + (1 − β₁)g;  v ← β₂v + (1 − β₂)g²;  θ ← θ − η·(m/(1 − β₁ᵗ)) / (√(v/(1 − β₂ᵗ)) + ε)
    protected override void UpdateStep<T>(Span<T> w, ReadOnlySpan<T> g, T[][] slots, int t)
    {
        T eta = T.CreateTruncating(LearningRate), beta1 = T.CreateTruncating(Beta1), beta2 = T.CreateTruncating(Beta2);
        T eps = T.CreateTruncating(Epsilon);
        // The corrections are computed in double once per step: βᵗ in float loses digits fast.
        T mHatScale = T.CreateTruncating(1 / (1 - Math.Pow(Beta1, t)));
        T vHatScale = T.CreateTruncating(1 / (1 - Math.Pow(Beta2, t)));
        // The loop is NotebookKit.Layers.VectorOps.Adam: the three lines of the rule above, in SIMD.
        VectorOps.Adam<T>(w, g, slots[0], slots[1], eta, beta1, beta2, mHatScale, vHatScale, eps);
    }
}
