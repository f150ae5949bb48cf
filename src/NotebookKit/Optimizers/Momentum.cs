using System.Numerics;

namespace NotebookKit.Optimizers;

/// <summary>
/// Gradient descent with momentum: v ← β·v − η·g, θ ← θ + v. With <c>nesterov: true</c> the step looks ahead
/// along the new velocity: θ ← θ + β·v − η·g (Sutskever et al. 2013, the form Keras uses).
/// Defaults η = 0.01, β = 0.9; v starts at 0.
/// </summary>
public sealed class Momentum : Optimizer
{
    public Momentum(double learningRate = 0.01, double beta = 0.9, bool nesterov = false) : base(learningRate)
    {
        if (!(beta >= 0 && beta < 1)) throw new ArgumentOutOfRangeException(nameof(beta), beta, "beta must be in [0, 1).");
        Beta = beta;
        Nesterov = nesterov;
    }

    /// <summary>β: how much of the previous velocity survives each step.</summary>
    public double Beta { get; }

    public bool Nesterov { get; }

    public override string Name => Nesterov ? "Nesterov momentum" : "Momentum";

    protected override int SlotCount => 1;

    // v ← β·v − η·g;  θ ← θ + v   (Nesterov: θ ← θ + β·v − η·g)
    protected override void UpdateStep<T>(Span<T> w, ReadOnlySpan<T> g, T[][] slots, int t)
    {
        T eta = T.CreateTruncating(LearningRate), beta = T.CreateTruncating(Beta);
        T[] v = slots[0];
        for (int i = 0; i < w.Length; i++)
        {
            v[i] = beta * v[i] - eta * g[i];
            w[i] += Nesterov ? beta * v[i] - eta * g[i] : v[i];
        }
    }
}
