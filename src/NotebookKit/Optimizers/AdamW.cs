using System.Numerics;
using NotebookKit.Layers;

namespace NotebookKit.Optimizers;

/// <summary>
/// AdamW — Adam with decoupled weight decay (Loshchilov &amp; Hutter, 2019):
/// θ ← θ − η·λ·θ − η·m̂ / (√v̂ + ε), with m̂ and v̂ exactly as in <see cref="Adam"/>.
/// Defaults η = 0.001, λ = 0.01 (as PyTorch and Keras), β₁ = 0.9, β₂ = 0.999, ε = 1e−8.
/// </summary>
/// <remarks>
/// Why not Adam with an L2 term in the loss (a layer's <c>weightDecay:</c>)? That adds λ·θ to the gradient, and
/// Adam then divides it by √v̂ like any gradient: weights with large gradients are barely decayed, weights with
/// tiny ones are pushed by about η per step whatever λ is. Only for plain SGD are the two the same rule. Here the
/// decay skips the moments: every weight shrinks by the factor (1 − ηλ) per step, as weight decay means.
/// Like PyTorch's <c>AdamW</c>, every parameter it steps decays, biases included.
/// </remarks>
public sealed class AdamW : Optimizer
{
    public AdamW(double learningRate = 0.001, double weightDecay = 0.01, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8)
        : base(learningRate)
    {
        if (!(weightDecay >= 0 && double.IsFinite(weightDecay))) throw new ArgumentOutOfRangeException(nameof(weightDecay), weightDecay, "weightDecay must be a finite number ≥ 0.");
        if (!(beta1 >= 0 && beta1 < 1)) throw new ArgumentOutOfRangeException(nameof(beta1), beta1, "beta1 must be in [0, 1).");
        if (!(beta2 >= 0 && beta2 < 1)) throw new ArgumentOutOfRangeException(nameof(beta2), beta2, "beta2 must be in [0, 1).");
        if (!(epsilon > 0)) throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "epsilon must be positive.");
        WeightDecay = weightDecay;
        Beta1 = beta1;
        Beta2 = beta2;
        Epsilon = epsilon;
    }

    /// <summary>λ: the fraction η·λ of every weight removed each step, outside the moments.</summary>
    public double WeightDecay { get; }

    /// <summary>β₁: decay of the first moment m (the mean of g).</summary>
    public double Beta1 { get; }

    /// <summary>β₂: decay of the second moment v (the mean of g²).</summary>
    public double Beta2 { get; }

    /// <summary>ε, added to √v̂ (outside the root, as in the paper).</summary>
    public double Epsilon { get; }

    public override string Name => "AdamW";

    public override string ToString() => $"{Name}(η={LearningRate}, λ={WeightDecay})";

    protected override int SlotCount => 2;

    // θ ← (1 − ηλ)·θ;  then Adam's step, whose m̂/(√v̂ + ε) sees only dL/dθ: both use θ from before the step.
    protected override void UpdateStep<T>(Span<T> w, ReadOnlySpan<T> g, T[][] slots, int t)
    {
        if (WeightDecay > 0)
        {
            T keep = T.CreateTruncating(1 - LearningRate * WeightDecay);
            for (int i = 0; i < w.Length; i++) w[i] *= keep;
        }
        T eta = T.CreateTruncating(LearningRate), beta1 = T.CreateTruncating(Beta1), beta2 = T.CreateTruncating(Beta2);
        T mHatScale = T.CreateTruncating(1 / (1 - Math.Pow(Beta1, t)));
        T vHatScale = T.CreateTruncating(1 / (1 - Math.Pow(Beta2, t)));
        VectorOps.Adam<T>(w, g, slots[0], slots[1], eta, beta1, beta2, mHatScale, vHatScale, T.CreateTruncating(Epsilon));
    }
}
