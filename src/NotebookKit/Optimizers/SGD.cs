using System.Numerics;

namespace NotebookKit.Optimizers;

/// <summary>
/// Stochastic (mini-batch) gradient descent: θ ← θ − η·g, with g the gradient on one batch. Default η = 0.01.
/// </summary>
public sealed class SGD : Optimizer
{
    public SGD(double learningRate = 0.01) : base(learningRate)
    {
    }

    public override string Name => "SGD";

    // θ ← θ − η·g
    protected override void UpdateStep<T>(Span<T> w, ReadOnlySpan<T> g, T[][] slots, int t)
    {
        T eta = T.CreateTruncating(LearningRate);
        for (int i = 0; i < w.Length; i++) w[i] -= eta * g[i];
    }
}
