using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Layers;

/// <summary>
/// Inverted dropout: while training, A = X ⊙ M / (1 − r) with M[i] ~ Bernoulli(1 − r), so each unit is dropped
/// with probability r and the survivors are scaled up to keep the expected activation; at inference A = X.
/// </summary>
/// <remarks>Scaling at training time (not at inference) is why it is "inverted": the trained model runs unchanged.</remarks>
public class Dropout<T> : Layer<T> where T : struct, IFloatingPointIeee754<T>
{
    private Random random = new(0);
    private Matrix<T>? A, dX;
    private T[] mask = [];
    private bool lastWasTraining;

    public Dropout(double rate) : base("Dropout", null)
    {
        if (!(rate >= 0 && rate < 1)) throw new ArgumentOutOfRangeException(nameof(rate), rate, "The dropout rate must be in [0, 1).");
        Rate = rate;
    }

    /// <summary>r, the probability that a unit is dropped.</summary>
    public double Rate { get; }

    public override string Describe() => $"Dropout({Rate})";

    internal override void Reseed(int seed) => random = new Random(seed);

    protected override Shape BuildCore(Shape inputShape, Random random)
    {
        this.random = new Random(random.Next());
        return inputShape;
    }

    private protected override void ReleaseBuffersCore()
    {
        A = dX = null;
        mask = [];
    }

    // training: A = X ⊙ M/(1 − r);   inference: A = X
    protected override Matrix<T> ForwardCore(Matrix<T> X, bool training)
    {
        lastWasTraining = training && Rate > 0;
        if (!lastWasTraining) return X;
        Matrix<T> output = Reuse(ref A, X.RowCount, X.ColumnCount);
        T[] x = Data(X), a = Data(output);
        if (mask.Length != x.Length) mask = new T[x.Length];
        T keep = T.CreateTruncating(1 / (1 - Rate));
        for (int i = 0; i < x.Length; i++)
        {
            mask[i] = random.NextDouble() >= Rate ? keep : T.Zero;
            a[i] = x[i] * mask[i];
        }
        return output;
    }

    // dL/dX = dL/dA ⊙ M/(1 − r)   (dL/dA at inference)
    protected override Matrix<T>? BackwardCore(Matrix<T> dA, bool needInputGradient)
    {
        if (!needInputGradient) return null;
        if (!lastWasTraining) return dA;
        Matrix<T> dx = Reuse(ref dX, dA.RowCount, dA.ColumnCount);
        T[] g = Data(dA), d = Data(dx);
        for (int i = 0; i < g.Length; i++) d[i] = g[i] * mask[i];
        return dx;
    }
}
