using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Localization;

namespace NotebookKit.Exercises;

/// <summary>Lesson 02's checks, with the lesson's fixed 2-5-1 weights and batch; the reference answers stay here.</summary>
public static class Lesson02
{
    private static readonly Matrix<double> W1col = Matrix<double>.Build.DenseOfArray(new[,] { { 0.5, -0.3 }, { -0.8, 0.2 }, { 0.1, 0.9 }, { 0.7, 0.4 }, { -0.2, -0.6 } });
    private static readonly double[] B1 = [0.1, 0.0, -0.2, 0.05, 0.3];
    private static readonly Matrix<double> X = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 2.0 }, { -1.0, 0.5 }, { 0.0, 0.0 }, { 2.0, -1.0 } });

    /// <summary>Exercise 1: the hidden activations A⁽¹⁾ = ReLU(X·W1colᵀ + b1) of the lesson's batch.</summary>
    public static CheckResult CheckHiddenActivations(Matrix<double>? a1)
    {
        var expected = Matrix<double>.Build.Dense(X.RowCount, W1col.RowCount,
            (i, j) => Math.Max(0, W1col.Row(j) * X.Row(i) + B1[j]));
        return Check.Matrix(a1, expected,
            hint: KitText.Get("Lesson02_Hidden_Hint"),
            hint2: KitText.Get("Lesson02_Hidden_Hint2"), what: KitText.Get("Lesson02_Hidden_What"));
    }

    /// <summary>Exercise 2: tanh′ written as a function of tanh's output a.</summary>
    public static CheckResult CheckTanhPrimeFromOutput(Func<double, double> tanhPrimeFromOutput)
    {
        double[] probes = [-2.0, -0.5, 0.0, 0.3, 1.7];
        return Check.Close(probes.Select(z => tanhPrimeFromOutput(Math.Tanh(z))).ToArray(),
            probes.Select(z => 1 - Math.Tanh(z) * Math.Tanh(z)).ToArray(),
            hint: KitText.Get("Lesson02_TanhPrime_Hint"),
            hint2: KitText.Get("Lesson02_TanhPrime_Hint2"), what: KitText.Get("Lesson02_TanhPrime_What"));
    }

    /// <summary>Exercise 3: the trainable parameters of a 784-128-64-10 network.</summary>
    public static CheckResult CheckParameterCount(int parameters) =>
        Check.Equal(parameters, (784 * 128 + 128) + (128 * 64 + 64) + (64 * 10 + 10),
            hint: KitText.Get("Lesson02_Parameters_Hint"),
            hint2: KitText.Get("Lesson02_Parameters_Hint2"), what: KitText.Get("Lesson02_Parameters_What"));

    /// <summary>Exercise 4: a softmax that is right and does not overflow.</summary>
    public static CheckResult[] CheckSoftmax(Func<double[], double[]> softmax)
    {
        static double[] Reference(double[] z)
        {
            var e = z.Select(v => Math.Exp(v - z.Max())).ToArray();
            return e.Select(v => v / e.Sum()).ToArray();
        }
        double[] small = [1.0, 2.0, 3.0], large = [1000.0, 1000.0], mixed = [-3.0, 0.0, 2.5, 2.5];
        return
        [
            Check.Close(softmax(small), Reference(small), tol: 1e-7,
                hint: KitText.Get("Lesson02_SoftmaxSmall_Hint"), what: "softmax(1, 2, 3)"),
            Check.Close(softmax(mixed), Reference(mixed), tol: 1e-7, hint: KitText.Get("Lesson02_SoftmaxMixed_Hint"), what: "softmax(−3, 0, 2.5, 2.5)"),
            Check.Close(softmax(large), Reference(large),
                hint: KitText.Get("Lesson02_SoftmaxLarge_Hint"),
                hint2: KitText.Get("Lesson02_SoftmaxLarge_Hint2"), what: "softmax(1000, 1000)"),
        ];
    }
}
