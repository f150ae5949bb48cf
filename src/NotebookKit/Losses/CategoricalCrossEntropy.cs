using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Activations;

namespace NotebookKit.Losses;

/// <summary>
/// Categorical cross-entropy for one-hot targets y (n×k):
/// from probabilities L = −1/n Σᵢ Σⱼ yᵢⱼ log ŷᵢⱼ;
/// from logits z L = 1/n Σᵢ Σⱼ yᵢⱼ (log Σₘ e^zᵢₘ − zᵢⱼ), with the log-sum-exp taken after subtracting the row max.
/// </summary>
/// <remarks>
/// From probabilities, ŷ is clipped to [ε, 1] (ε = 1e−7) so log never sees 0. After a softmax output the model
/// fuses the two and backpropagates dL/dz = (ŷ − y)/n: the softmax Jacobian and the 1/ŷ of the log cancel.
/// </remarks>
public sealed class CategoricalCrossEntropy : Loss
{
    private const double Epsilon = 1e-7;

    public CategoricalCrossEntropy(bool fromLogits = false) : base(fromLogits)
    {
    }

    public override string Name => FromLogits ? "categorical cross-entropy (from logits)" : "categorical cross-entropy";

    public override void ValidateTargets<T>(Matrix<T> targets, string argumentName)
    {
        CheckTargetsInUnitInterval(targets, argumentName, "Categorical cross-entropy");
        if (targets.ColumnCount < 2)
            throw new ArgumentException(
                $"Categorical cross-entropy needs one-hot targets with one column per class, got {targets.ColumnCount} column; for two classes use binary cross-entropy.", argumentName);
    }

    protected override double ComputeCore<T>(T[] yhat, T[] y, int n, int k)
    {
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            if (FromLogits)
            {
                double max = double.NegativeInfinity;
                for (int j = 0; j < k; j++) max = Math.Max(max, double.CreateTruncating(yhat[j * n + i]));
                double expSum = 0;
                for (int j = 0; j < k; j++) expSum += Math.Exp(double.CreateTruncating(yhat[j * n + i]) - max);
                double logSumExp = max + Math.Log(expSum);
                for (int j = 0; j < k; j++)
                    sum += double.CreateTruncating(y[j * n + i]) * (logSumExp - double.CreateTruncating(yhat[j * n + i]));
            }
            else
            {
                for (int j = 0; j < k; j++)
                {
                    double t = double.CreateTruncating(y[j * n + i]);
                    if (t != 0) sum -= t * Math.Log(Math.Max(double.CreateTruncating(yhat[j * n + i]), Epsilon));
                }
            }
        }
        return sum / n;
    }

    // from logits:        dL/dzᵢⱼ = (softmax(zᵢ)ⱼ · Σₘ yᵢₘ − yᵢⱼ)/n
    // from probabilities: dL/dŷᵢⱼ = −yᵢⱼ / ŷᵢⱼ / n
    protected override void GradientCore<T>(T[] yhat, T[] y, T[] gradient, int n, int k)
    {
        T invN = T.One / T.CreateTruncating(n);
        if (!FromLogits)
        {
            T eps = T.CreateTruncating(Epsilon);
            for (int i = 0; i < yhat.Length; i++) gradient[i] = -y[i] / T.Max(yhat[i], eps) * invN;
            return;
        }
        for (int i = 0; i < n; i++)
        {
            T max = yhat[i];
            for (int j = 1; j < k; j++) max = T.Max(max, yhat[j * n + i]);
            T expSum = T.Zero, ySum = T.Zero;
            for (int j = 0; j < k; j++)
            {
                expSum += T.Exp(yhat[j * n + i] - max);
                ySum += y[j * n + i];
            }
            for (int j = 0; j < k; j++)
                gradient[j * n + i] = (T.Exp(yhat[j * n + i] - max) / expSum * ySum - y[j * n + i]) * invN;
        }
    }

    internal override bool FusesWith(Activation outputActivation) => !FromLogits && outputActivation is Softmax;

    // dL/dzᵢⱼ = (ŷᵢⱼ · Σₘ yᵢₘ − yᵢⱼ)/n, which is (ŷ − y)/n for one-hot rows
    internal override void FusedGradient<T>(Matrix<T> predictions, Matrix<T> targets, Matrix<T> gradient)
    {
        T[] p = Data(predictions), t = Data(targets), g = Data(gradient);
        int n = predictions.RowCount, k = predictions.ColumnCount;
        T invN = T.One / T.CreateTruncating(n);
        for (int i = 0; i < n; i++)
        {
            T ySum = T.Zero;
            for (int j = 0; j < k; j++) ySum += t[j * n + i];
            for (int j = 0; j < k; j++) g[j * n + i] = (p[j * n + i] * ySum - t[j * n + i]) * invN;
        }
    }

    internal override void ToProbabilities<T>(Matrix<T> output, Matrix<T> probabilities)
    {
        if (FromLogits) Activation.Softmax.Forward(output, probabilities);
        else output.CopyTo(probabilities);
    }
}
