using NotebookKit.Localization;

namespace NotebookKit.Exercises;

/// <summary>Lesson 01's checks: each gate's truth table through a step neuron, built here, not in the notebook.</summary>
public static class Lesson01
{
    private static readonly double[][] Inputs = [[0, 0], [0, 1], [1, 0], [1, 1]];

    private static double Step(double[] w, double b, double[] x) => w.Zip(x, (wi, xi) => wi * xi).Sum() + b >= 0 ? 1 : 0;

    /// <summary>Exercise 1: one step neuron that computes NAND (0 only for (1, 1)).</summary>
    public static CheckResult CheckNand(double[]? weights, double bias) =>
        weights is { Length: 2 }
            ? Check.Close(Inputs.Select(x => Step(weights, bias, x)).ToArray(), [1.0, 1.0, 1.0, 0.0],
                hint: KitText.Get("Lesson01_Nand_Hint"),
                hint2: KitText.Get("Lesson01_Nand_Hint2"), what: KitText.Get("Lesson01_Nand_What"))
            : Check.That(false, hint: KitText.Get("Lesson01_Nand_TwoWeights"), what: KitText.Get("Lesson01_Nand_What"));

    /// <summary>Exercise 2: a one-input step neuron that computes NOT.</summary>
    public static CheckResult CheckNot(double weight, double bias) =>
        Check.Close(new[] { 0.0, 1.0 }.Select(x => Step([weight], bias, [x])).ToArray(), [1.0, 0.0],
            hint: KitText.Get("Lesson01_Not_Hint"),
            hint2: KitText.Get("Lesson01_Not_Hint2"), what: KitText.Get("Lesson01_Not_What"));

    /// <summary>Exercise 3: a sigmoid neuron whose OR is below 0.01 for (0,0) and above 0.99 otherwise.</summary>
    public static CheckResult CheckSigmoidOr(Neuron? neuron)
    {
        if (neuron is null) return Check.That(false, hint: KitText.Get("Lesson01_SigmoidOr_BuildNeuron"), what: KitText.Get("Lesson01_SigmoidOr_What"));
        var outputs = Inputs.Select(x => neuron.Fire(x)).ToArray();
        return Check.That(outputs[0] < 0.01 && outputs.Skip(1).All(a => a > 0.99),
            hint: KitText.Get("Lesson01_SigmoidOr_Hint"),
            hint2: KitText.Get("Lesson01_SigmoidOr_Hint2"),
            what: KitText.Get("Lesson01_SigmoidOr_What"));
    }
}
