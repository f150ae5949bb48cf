using System.Numerics;

namespace NotebookKit.Optimizers;

/// <summary>
/// Plain (full-batch) gradient descent: θ ← θ − η·∇L(θ), with ∇L over the whole training set, so
/// <c>Fit</c> takes one step per epoch whatever the batch size. Default η = 0.1.
/// </summary>
public sealed class GradientDescent : Optimizer
{
    public GradientDescent(double learningRate = 0.1) : base(learningRate)
    {
    }

    public override string Name => "GradientDescent";

    public override bool FullBatch => true;

    // θ ← θ − η·g
    protected override void UpdateStep<T>(Span<T> w, ReadOnlySpan<T> g, T[][] slots, int t)
    {
        T eta = T.CreateTruncating(LearningRate);
        for (int i = 0; i < w.Length; i++) w[i] -= eta * g[i];
    }
}
