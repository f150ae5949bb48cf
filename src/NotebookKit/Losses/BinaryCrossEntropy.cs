using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Activations;

namespace NotebookKit.Losses;

/// <summary>
/// Binary cross-entropy, averaged over all n·k outputs:
/// from probabilities L = −1/(n·k) Σ [y log ŷ + (1 − y) log(1 − ŷ)];
/// from logits z (ŷ = σ(z)) L = 1/(n·k) Σ [max(z, 0) − z·y + log(1 + e^−|z|)], the same value written so no
/// exponential overflows and no log sees 0.
/// </summary>
/// <remarks>
/// From probabilities, ŷ is clipped to [ε, 1 − ε] (ε = 1e−7, as Keras) so log never sees 0. After a sigmoid output
/// the model fuses the two: dL/dz = (ŷ − y)/(n·k), exact even where σ saturates.
/// </remarks>
public sealed class BinaryCrossEntropy : Loss
{
    private const double Epsilon = 1e-7;

    public BinaryCrossEntropy(bool fromLogits = false) : base(fromLogits)
    {
    }

    public override string Name => FromLogits ? "binary cross-entropy (from logits)" : "binary cross-entropy";

    public override void ValidateTargets<T>(Matrix<T> targets, string argumentName) =>
        CheckTargetsInUnitInterval(targets, argumentName, "Binary cross-entropy");

    protected override double ComputeCore<T>(T[] yhat, T[] y, int n, int k)
    {
        double sum = 0;
        for (int i = 0; i < yhat.Length; i++)
        {
            double p = double.CreateTruncating(yhat[i]), t = double.CreateTruncating(y[i]);
            if (FromLogits)
                sum += Math.Max(p, 0) - p * t + Math.Log(1 + Math.Exp(-Math.Abs(p)));
            else
            {
                p = Math.Clamp(p, Epsilon, 1 - Epsilon);
                sum -= t * Math.Log(p) + (1 - t) * Math.Log(1 - p);
            }
        }
        return sum / ((double)n * k);
    }

    // from logits:        dL/dz = (σ(z) − y)/(n·k)
    // from probabilities: dL/dŷ = (ŷ − y) / (ŷ(1 − ŷ)) / (n·k)
    protected override void GradientCore<T>(T[] yhat, T[] y, T[] gradient, int n, int k)
    {
        T scale = T.CreateTruncating(1.0 / ((double)n * k));
        T eps = T.CreateTruncating(Epsilon);
        for (int i = 0; i < yhat.Length; i++)
        {
            if (FromLogits)
                gradient[i] = scale * (Activations.Sigmoid.Of(yhat[i]) - y[i]);
            else
            {
                T p = T.Clamp(yhat[i], eps, T.One - eps);
                gradient[i] = scale * (p - y[i]) / (p * (T.One - p));
            }
        }
    }

    internal override bool FusesWith(Activation outputActivation) => !FromLogits && outputActivation is Sigmoid;

    // dL/dz = (ŷ − y)/(n·k)
    internal override void FusedGradient<T>(Matrix<T> predictions, Matrix<T> targets, Matrix<T> gradient)
    {
        T[] p = Data(predictions), t = Data(targets), g = Data(gradient);
        T scale = T.CreateTruncating(1.0 / ((double)predictions.RowCount * predictions.ColumnCount));
        for (int i = 0; i < p.Length; i++) g[i] = scale * (p[i] - t[i]);
    }

    internal override void ToProbabilities<T>(Matrix<T> output, Matrix<T> probabilities)
    {
        if (FromLogits) Activation.Sigmoid.Forward(output, probabilities);
        else output.CopyTo(probabilities);
    }
}
