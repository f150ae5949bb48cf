using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Activations;
using NotebookKit.Layers;
using NotebookKit.Localization;
using NotebookKit.Losses;
using NotebookKit.Training;

namespace NotebookKit.GradientChecking;

/// <summary>
/// Checks backpropagation against central differences, ∂L/∂θ ≈ (L(θ + h) − L(θ − h)) / 2h, in double, for every
/// parameter and every input value of a model, a layer, an activation or a loss.
/// </summary>
/// <remarks>
/// The error per value is |a − n| / max(|a|, |n|, 10⁻³): relative for derivatives above 10⁻³ and absolute below,
/// because a derivative that is truly 0 comes out of finite differences as rounding noise (~10⁻¹¹), which no
/// relative measure can judge. With h = 10⁻⁵ a correct gradient scores about 10⁻⁹ or better; a wrong one, 10⁻² or worse.
/// Kinks (ReLU at 0, ties in max pooling) are where central differences lie: keep inputs away from them.
/// </remarks>
public static class GradientCheck
{
    /// <summary>The finite-difference step h.</summary>
    public const double DefaultStep = 1e-5;

    private const double Floor = 1e-3;

    /// <summary>Checks a compiled model's gradients for the loss on (X, y): every parameter, then every input.</summary>
    public static GradientCheckResult Check(Sequential<double> model, Matrix<double> X, Matrix<double> y, double step = DefaultStep)
    {
        ArgumentNullException.ThrowIfNull(model);
        var x = Matrix<double>.Build.DenseOfMatrix(X);
        var (_, dX) = model.ComputeGradientsWithInput(x, y);
        var analytic = Snapshot(model.Layers, x, dX);
        var tracker = new Tracker();
        double Loss() => model.LossValue(x, y, training: false);
        foreach (var layer in model.Layers)
            foreach (var p in layer.Parameters)
                CompareAll(p.ValueStorage, analytic[p], step, Loss, i => $"{layer.Name} {Index(p.Name, i, p.Rows)}", tracker);
        CompareAll(x.AsColumnMajorArray(), analytic[x], step, Loss, i => Index("input", i, x.RowCount), tracker);
        return tracker.Result();
    }

    /// <summary>
    /// Checks one layer alone, with L = Σ A ⊙ R for a fixed random R (so dL/dA = R): every parameter and every
    /// input. Dropout is checked in training mode with its mask held fixed.
    /// </summary>
    public static GradientCheckResult Check(Layer<double> layer, Matrix<double> X, bool training = true, int seed = 0, double step = DefaultStep)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var x = Matrix<double>.Build.DenseOfMatrix(X);
        const int maskSeed = 12345;
        Matrix<double> Forward()
        {
            layer.Reseed(maskSeed);
            return layer.Forward(x, training);
        }
        var output = Forward();
        var r = RandomLike(output.RowCount, output.ColumnCount, seed);
        var dX = layer.Backward(r);
        var analytic = Snapshot([layer], x, dX);
        var tracker = new Tracker();
        double Loss() => Forward().PointwiseMultiply(r).Enumerate().Sum();
        foreach (var p in layer.Parameters)
            CompareAll(p.ValueStorage, analytic[p], step, Loss, i => $"{layer.Name} {Index(p.Name, i, p.Rows)}", tracker);
        CompareAll(x.AsColumnMajorArray(), analytic[x], step, Loss, i => Index("input", i, x.RowCount), tracker);
        return tracker.Result();
    }

    /// <summary>Checks an activation's backward at Z, with L = Σ f(Z) ⊙ R for a fixed random R.</summary>
    public static GradientCheckResult Check(Activation activation, Matrix<double> Z, int seed = 0, double step = DefaultStep)
    {
        ArgumentNullException.ThrowIfNull(activation);
        var z = Matrix<double>.Build.DenseOfMatrix(Z);
        var r = RandomLike(z.RowCount, z.ColumnCount, seed);
        var a = activation.Apply(z);
        var dZ = Matrix<double>.Build.Dense(z.RowCount, z.ColumnCount);
        activation.Backward(z, a, r, dZ);
        var tracker = new Tracker();
        double Loss() => activation.Apply(z).PointwiseMultiply(r).Enumerate().Sum();
        CompareAll(z.AsColumnMajorArray(), dZ.ToColumnMajorArray(), step, Loss, i => $"{activation.Name} {Index("Z", i, z.RowCount)}", tracker);
        return tracker.Result();
    }

    /// <summary>Checks a loss's dL/dŷ against differences of L(ŷ, y).</summary>
    public static GradientCheckResult Check(Loss loss, Matrix<double> predictions, Matrix<double> targets, double step = DefaultStep)
    {
        ArgumentNullException.ThrowIfNull(loss);
        var yhat = Matrix<double>.Build.DenseOfMatrix(predictions);
        var y = Matrix<double>.Build.DenseOfMatrix(targets);
        var gradient = Matrix<double>.Build.Dense(yhat.RowCount, yhat.ColumnCount);
        loss.Gradient(yhat, y, gradient);
        var tracker = new Tracker();
        double Loss() => loss.Compute(yhat, y);
        CompareAll(yhat.AsColumnMajorArray(), gradient.ToColumnMajorArray(), step, Loss, i => $"{loss.Name} {Index("ŷ", i, yhat.RowCount)}", tracker);
        return tracker.Result();
    }

    /// <summary>For each value: nudge it by ±h, difference the loss, compare with the analytic derivative.</summary>
    private static void CompareAll(double[] values, double[] analytic, double step, Func<double> loss, Func<int, string> where, Tracker tracker)
    {
        for (int i = 0; i < values.Length; i++)
        {
            double saved = values[i];
            values[i] = saved + step;
            double plus = loss();
            values[i] = saved - step;
            double minus = loss();
            values[i] = saved;
            double numeric = (plus - minus) / (2 * step);
            tracker.Add(analytic[i], numeric, where, i);
        }
    }

    /// <summary>Copies every analytic gradient (parameters, and dL/dX keyed by X) before the loss is re-evaluated.</summary>
    private static Dictionary<object, double[]> Snapshot(IEnumerable<Layer<double>> layers, Matrix<double> x, Matrix<double> dX)
    {
        var copies = new Dictionary<object, double[]>(ReferenceEqualityComparer.Instance) { [x] = dX.ToColumnMajorArray() };
        foreach (var layer in layers)
            foreach (var p in layer.Parameters)
                copies[p] = (double[])p.GradientStorage.Clone();
        return copies;
    }

    private static Matrix<double> RandomLike(int rows, int columns, int seed)
    {
        var random = new Random(seed);
        return Matrix<double>.Build.Dense(rows, columns, (_, _) => random.NextDouble() * 2 - 1);
    }

    private static string Index(string name, int i, int rows) => $"{name}[{i % rows},{i / rows}]";

    private sealed class Tracker
    {
        private GradientCheckResult worst = new(0, KitText.Get("GradientCheck_Nothing"), 0, 0, 0);
        private int count;

        public void Add(double analytic, double numeric, Func<int, string> where, int i)
        {
            count++;
            double error = Math.Abs(analytic - numeric) / Math.Max(Math.Max(Math.Abs(analytic), Math.Abs(numeric)), Floor);
            if (double.IsNaN(error)) error = double.PositiveInfinity;
            if (error > worst.MaxRelativeError || count == 1) worst = new(error, where(i), analytic, numeric, 0);
        }

        public GradientCheckResult Result() => worst with { Checked = count };
    }
}
