using System.Numerics;

namespace NotebookKit.Optimizers;

/// <summary>
/// RMSprop (Hinton, 2012): s ← ρ·s + (1 − ρ)·g², θ ← θ − η·g / (√s + ε). Each parameter's step is scaled by a
/// running RMS of its own gradients. Defaults η = 0.001, ρ = 0.9, ε = 1e−7; s starts at 0.
/// </summary>
public sealed class RMSprop : Optimizer
{
    public RMSprop(double learningRate = 0.001, double rho = 0.9, double epsilon = 1e-7) : base(learningRate)
    {
        if (!(rho >= 0 && rho < 1)) throw new ArgumentOutOfRangeException(nameof(rho), rho, "rho must be in [0, 1).");
        if (!(epsilon > 0)) throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "epsilon must be positive.");
        Rho = rho;
        Epsilon = epsilon;
    }

    /// <summary>ρ: the decay of the running mean of g².</summary>
    public double Rho { get; }

    /// <summary>ε, added to √s so the division never blows up.</summary>
    public double Epsilon { get; }

    public override string Name => "RMSprop";

    protected override int SlotCount => 1;

    // s ← ρ·s + (1 − ρ)·g²;  θ ← θ − η·g / (√s + ε)
    protected override void UpdateStep<T>(Span<T> w, ReadOnlySpan<T> g, T[][] slots, int t)
    {
        T eta = T.CreateTruncating(LearningRate), rho = T.CreateTruncating(Rho), eps = T.CreateTruncating(Epsilon);
        T[] s = slots[0];
        for (int i = 0; i < w.Length; i++)
        {
            s[i] = rho * s[i] + (T.One - rho) * g[i] * g[i];
            w[i] -= eta * g[i] / (T.Sqrt(s[i]) + eps);
        }
    }
}
