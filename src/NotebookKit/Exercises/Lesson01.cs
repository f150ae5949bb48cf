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
                hint: "NAND is NOT AND: the same line as AND, with the sides swapped",
                hint2: "multiplying all weights and the bias by −1 keeps the line and swaps its sides", what: "NAND truth table")
            : Check.That(false, hint: "the neuron has two inputs, so it needs two weights", what: "NAND truth table");

    /// <summary>Exercise 2: a one-input step neuron that computes NOT.</summary>
    public static CheckResult CheckNot(double weight, double bias) =>
        Check.Close(new[] { 0.0, 1.0 }.Select(x => Step([weight], bias, [x])).ToArray(), [1.0, 0.0],
            hint: "you need z ≥ 0 at x = 0 and z < 0 at x = 1",
            hint2: "at x = 0, z is just the bias; at x = 1 it is weight + bias", what: "NOT truth table");

    /// <summary>Exercise 3: a sigmoid neuron whose OR is below 0.01 for (0,0) and above 0.99 otherwise.</summary>
    public static CheckResult CheckSigmoidOr(Neuron? neuron)
    {
        if (neuron is null) return Check.That(false, hint: "build a Neuron", what: "sigmoid OR gate");
        var outputs = Inputs.Select(x => neuron.Fire(x)).ToArray();
        return Check.That(outputs[0] < 0.01 && outputs.Skip(1).All(a => a > 0.99),
            hint: "σ(z) > 0.99 needs z > 4.6, and σ(z) < 0.01 needs z < −4.6",
            hint2: "OR's step weights (1, 1) and bias −0.5, multiplied by the same large factor, get z far from 0 on both sides",
            what: "sigmoid OR gate");
    }
}
