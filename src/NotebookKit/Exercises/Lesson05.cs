using NotebookKit.Layers;
using NotebookKit.Localization;
using NotebookKit.Optimizers;

namespace NotebookKit.Exercises;

/// <summary>
/// The checks of lesson 05 (optimizers). The learner's optimizer steps run against the library's
/// <see cref="Momentum"/> and <see cref="Adam"/> on the same gradients; the references stay here, out of the
/// learner's notebook.
/// </summary>
public static class Lesson05
{
    private const int Steps = 25, Size = 6;

    /// <summary>Exercise 1: the learner's momentum step, 25 steps against the library's Momentum.</summary>
    /// <param name="step">(θ, v, g, η, β) → new θ, updating v in place.</param>
    public static CheckResult CheckMomentumStep(Func<double[], double[], double[], double, double, double[]> step)
    {
        string what = KitText.Get("Lesson05_Momentum_What");
        string hint = KitText.Get("Lesson05_Momentum_Hint");
        string hint2 = KitText.Get("Lesson05_Momentum_Hint2");
        ArgumentNullException.ThrowIfNull(step);
        var library = new Momentum(learningRate: 0.05, beta: 0.9);
        double[] reference = Run(library), theta = Start(), v = new double[Size];
        foreach (var g in LearnerCode.Gradients(Steps, Size, seed: 5))
        {
            if (!LearnerCode.TryRun(() => step(theta, v, (double[])g.Clone(), 0.05, 0.9), out var next, out var error))
                return LearnerCode.Threw(what, error, hint, hint2);
            if (next is null) return Check.Close(null, reference, hint: hint, what: what, hint2: hint2);
            theta = next;
        }
        return Check.Close(theta, reference, tol: 1e-9, hint: hint, what: what, hint2: hint2);
    }

    /// <summary>Exercise 2: the learner's Adam step, 25 steps against the library's Adam.</summary>
    /// <param name="step">(θ, g, m, v, t, η) → new θ, updating m and v in place; β₁ = 0.9, β₂ = 0.999, ε = 1e−8.</param>
    public static CheckResult CheckAdamStep(Func<double[], double[], double[], double[], int, double, double[]> step)
    {
        string what = KitText.Get("Lesson05_Adam_What");
        string hint = KitText.Get("Lesson05_Adam_Hint");
        string hint2 = KitText.Get("Lesson05_Adam_Hint2");
        ArgumentNullException.ThrowIfNull(step);
        double[] reference = Run(new Adam(learningRate: 0.01)), theta = Start(), m = new double[Size], v = new double[Size];
        int t = 0;
        foreach (var g in LearnerCode.Gradients(Steps, Size, seed: 5))
        {
            t++;
            int stepNumber = t;
            if (!LearnerCode.TryRun(() => step(theta, (double[])g.Clone(), m, v, stepNumber, 0.01), out var next, out var error))
                return LearnerCode.Threw(what, error, hint, hint2);
            if (next is null) return Check.Close(null, reference, hint: hint, what: what, hint2: hint2);
            theta = next;
        }
        return Check.Close(theta, reference, tol: 1e-9, hint: hint, what: what, hint2: hint2);
    }

    /// <summary>Exercise 3: the first Adam step, with and without bias correction (g₁ = 0.003, η = 0.001).</summary>
    public static CheckResult[] CheckFirstAdamStep(double stepCorrected, double stepUncorrected)
    {
        const double g1 = 0.003, eta = 0.001, epsilon = 1e-8;
        double m1 = 0.1 * g1, v1 = 0.001 * g1 * g1;
        var corrected = Check.Close(stepCorrected, eta * (m1 / 0.1) / (Math.Sqrt(v1 / 0.001) + epsilon), tol: 1e-5,
            hint: KitText.Get("Lesson05_FirstCorrected_Hint"), what: KitText.Get("Lesson05_FirstCorrected_What"),
            hint2: KitText.Get("Lesson05_FirstCorrected_Hint2"));
        var uncorrected = Check.Close(stepUncorrected, eta * m1 / (Math.Sqrt(v1) + epsilon), tol: 1e-5,
            hint: KitText.Get("Lesson05_FirstUncorrected_Hint"), what: KitText.Get("Lesson05_FirstUncorrected_What"),
            hint2: KitText.Get("Lesson05_FirstUncorrected_Hint2"));
        return [corrected, uncorrected];
    }

    private static double[] Start() => Enumerable.Range(0, Size).Select(i => 1.0 - 0.3 * i).ToArray();

    private static double[] Run(Optimizer optimizer)
    {
        var p = new Parameter<double>("W", 1, Size, 0);
        Start().CopyTo(p.ValueStorage, 0);
        foreach (var g in LearnerCode.Gradients(Steps, Size, seed: 5))
        {
            g.CopyTo(p.GradientStorage, 0);
            optimizer.Step([p]);
        }
        return p.ValueStorage.ToArray();
    }
}
