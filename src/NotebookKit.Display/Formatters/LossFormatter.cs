using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Losses;

namespace NotebookKit.Display.Formatters;

/// <summary>
/// A loss: L(ŷ, y) and dL/dŷ for one sample, as ŷ sweeps its range — probabilities (0, 1) for the
/// cross-entropies, [−4, 4] for logits and squared error — for target y = 1 and y = 0.
/// </summary>
internal sealed class LossFormatter : ObjectFormatter<Loss>
{
    protected override MimeBundle Format(Loss value, FormatContext context)
    {
        bool probabilities = !value.FromLogits && value.Name.Contains("entropy", StringComparison.OrdinalIgnoreCase);
        double lo = probabilities ? 0.005 : -4, hi = probabilities ? 0.995 : 4;
        var yhat = Enumerable.Range(0, 199).Select(k => lo + (hi - lo) * k / 198).ToArray();
        var series = new List<(string, IEnumerable<double>)>();
        foreach (double y in new[] { 1.0, 0.0 })
        {
            series.Add(($"L(ŷ, y={y})", yhat.Select(p => Eval(value, p, y).Loss)));
            series.Add(($"dL/dŷ (y={y})", yhat.Select(p => Eval(value, p, y).Gradient)));
        }
        var figure = FunctionPlot.Build($"{value.Name}: L(ŷ, y) and dL/dŷ", "ŷ", yhat, [.. series]);
        return PlotlyHtml.Bundle(figure, context).With(MimeTypes.PlainText,
            $"{value.Name}: L(ŷ=0.9, y=1) = {Svg.W(Eval(value, probabilities ? 0.9 : 2, 1).Loss)}");
    }

    /// <summary>One sample, one output: the loss and its gradient at ŷ for target y (two classes for categorical losses).</summary>
    private static (double Loss, double Gradient) Eval(Loss loss, double yhat, double y)
    {
        bool categorical = loss.Name.Contains("categorical", StringComparison.OrdinalIgnoreCase);
        var p = categorical
            ? Matrix<double>.Build.DenseOfArray(new[,] { { yhat, loss.FromLogits ? 0 : 1 - yhat } })
            : Matrix<double>.Build.Dense(1, 1, yhat);
        var t = categorical ? Matrix<double>.Build.DenseOfArray(new[,] { { y, 1 - y } }) : Matrix<double>.Build.Dense(1, 1, y);
        var g = Matrix<double>.Build.Dense(p.RowCount, p.ColumnCount);
        loss.Gradient(p, t, g);
        return (loss.Compute(p, t), g[0, 0]);
    }
}
