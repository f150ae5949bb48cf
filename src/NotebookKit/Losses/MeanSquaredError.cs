using System.Numerics;

namespace NotebookKit.Losses;

/// <summary>
/// Mean squared error: L = 1/(n·k) Σᵢⱼ (ŷᵢⱼ − yᵢⱼ)², dL/dŷ = 2(ŷ − y)/(n·k). For regression outputs.
/// </summary>
public sealed class MeanSquaredError : Loss
{
    public MeanSquaredError() : base(fromLogits: false)
    {
    }

    public override string Name => "mean squared error";

    protected override double ComputeCore<T>(T[] yhat, T[] y, int n, int k)
    {
        double sum = 0;
        for (int i = 0; i < yhat.Length; i++)
        {
            double d = double.CreateTruncating(yhat[i] - y[i]);
            sum += d * d;
        }
        return sum / ((double)n * k);
    }

    // dL/dŷ = 2(ŷ − y)/(n·k)
    protected override void GradientCore<T>(T[] yhat, T[] y, T[] gradient, int n, int k)
    {
        T scale = T.CreateTruncating(2.0 / ((double)n * k));
        for (int i = 0; i < yhat.Length; i++) gradient[i] = scale * (yhat[i] - y[i]);
    }
}
