using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Activations;
using NotebookKit.Exercises;
using NotebookKit.Localization;
using NotebookKit.Tests.Localization;

namespace NotebookKit.Tests.Exercises;

/// <summary>
/// The lessons' hidden checkers: a right answer passes, a typical wrong one fails, and no failure shows the answer —
/// in English and, for a lesson that chose it, in Chinese.
/// </summary>
[Collection(KitLanguageCollection.Name)]
public sealed class LessonCheckerTests : IDisposable
{
    public LessonCheckerTests() => KitLanguage.Use(KitLanguage.English);

    public void Dispose() => KitLanguage.Reset();

    private static readonly MatrixBuilder<double> M = Matrix<double>.Build;

    [Fact]
    public void Lesson00_checks_the_dot_product_and_the_feature_matrix_without_showing_them()
    {
        Assert.True(Lesson00.CheckDot(3.0).Passed);
        var wrong = Lesson00.CheckDot(7.0);
        Assert.False(wrong.Passed);
        Assert.DoesNotContain("3", wrong.Message.Replace("u · v", ""));
        Assert.True(Lesson00.CheckFeatures(M.Dense(3, 2, (i, j) => j == 0 ? i : i * i)).Passed);
        Assert.False(Lesson00.CheckFeatures(M.Dense(2, 3)).Passed);
    }

    [Fact]
    public void Lesson01_checks_gates_through_a_step_neuron()
    {
        Assert.True(Lesson01.CheckNand([-1.0, -1.0], 1.5).Passed);
        Assert.False(Lesson01.CheckNand([1.0, 1.0], -1.5).Passed);   // AND, not NAND
        Assert.False(Lesson01.CheckNand(null, 0).Passed);
        Assert.True(Lesson01.CheckNot(-1.0, 0.5).Passed);
        Assert.True(Lesson01.CheckSigmoidOr(new Neuron([20.0, 20.0], bias: -10.0, activation: Activation.Sigmoid)).Passed);
        Assert.False(Lesson01.CheckSigmoidOr(new Neuron([1.0, 1.0], bias: -0.5, activation: Activation.Sigmoid)).Passed);
    }

    [Fact]
    public void Lesson02_checks_activations_derivatives_counts_and_a_stable_softmax()
    {
        var w1 = M.DenseOfArray(new[,] { { 0.5, -0.8, 0.1, 0.7, -0.2 }, { -0.3, 0.2, 0.9, 0.4, -0.6 } });
        var x = M.DenseOfArray(new[,] { { 1.0, 2.0 }, { -1.0, 0.5 }, { 0.0, 0.0 }, { 2.0, -1.0 } });
        var b1 = M.Dense(4, 5, (_, j) => new[] { 0.1, 0.0, -0.2, 0.05, 0.3 }[j]);
        Assert.True(Lesson02.CheckHiddenActivations((x * w1 + b1).Map(z => Math.Max(0, z))).Passed);
        Assert.False(Lesson02.CheckHiddenActivations(x * w1 + b1).Passed);   // ReLU forgotten
        Assert.True(Lesson02.CheckTanhPrimeFromOutput(a => 1 - a * a).Passed);
        Assert.False(Lesson02.CheckTanhPrimeFromOutput(a => 1 - Math.Tanh(a) * Math.Tanh(a)).Passed);
        Assert.True(Lesson02.CheckParameterCount(109_386).Passed);
        Assert.False(Lesson02.CheckParameterCount(784 * 128 + 128 * 64 + 64 * 10).Passed);   // biases forgotten

        static double[] Naive(double[] z) => z.Select(v => Math.Exp(v) / z.Sum(Math.Exp)).ToArray();
        static double[] Stable(double[] z) => Naive(z.Select(v => v - z.Max()).ToArray());
        Assert.All(Lesson02.CheckSoftmax(Stable), r => Assert.True(r.Passed));
        var naive = Lesson02.CheckSoftmax(Naive);
        Assert.True(naive[0].Passed);
        Assert.False(naive[2].Passed);
        Assert.Contains("NaN", naive[2].Message);
    }

    [Fact]
    public void Lesson03_checks_each_part_of_a_mini_batch_sgd_loop()
    {
        static double[] Correct(double[] w0, int n, Func<int[], double[], double[]> gradient, int batchSize, double eta, int epochs, Random rng)
        {
            var w = (double[])w0.Clone();
            var order = Enumerable.Range(0, n).ToArray();
            for (var epoch = 0; epoch < epochs; epoch++)
            {
                rng.Shuffle(order);
                for (var start = 0; start < n; start += batchSize)
                {
                    var g = gradient(order[start..Math.Min(start + batchSize, n)], w);
                    for (var j = 0; j < w.Length; j++) w[j] -= eta * g[j];
                }
            }
            return w;
        }
        static double[] NoShuffle(double[] w0, int n, Func<int[], double[], double[]> gradient, int batchSize, double eta, int epochs, Random rng)
            => Correct(w0, n, gradient, batchSize, eta, epochs, new FixedOrder());
        static double[] Ascent(double[] w0, int n, Func<int[], double[], double[]> gradient, int batchSize, double eta, int epochs, Random rng)
            => Correct(w0, n, gradient, batchSize, -eta, epochs, rng);
        static double[] Stub(double[] w0, int n, Func<int[], double[], double[]> gradient, int batchSize, double eta, int epochs, Random rng)
            => (double[])w0.Clone();

        Assert.All(Lesson03.CheckSgdLoop(Correct), r => Assert.True(r.Passed, r.Message));
        Assert.Equal([true, true, false, true], Lesson03.CheckSgdLoop(NoShuffle).Select(r => r.Passed));
        Assert.Equal([true, true, true, false], Lesson03.CheckSgdLoop(Ascent).Select(r => r.Passed));
        Assert.All(Lesson03.CheckSgdLoop(Stub), r => Assert.False(r.Passed));
        Assert.True(Lesson03.CheckMse(0.2875).Passed);
        Assert.True(Lesson03.CheckBce(-Math.Log(0.2)).Passed);
        Assert.True(Lesson03.CheckLargestStableEta(0.2).Passed);
        Assert.False(Lesson03.CheckLargestStableEta(1.0).Passed);
    }

    [Fact]
    public void Lesson04_gradient_checks_a_dense_backward_and_catches_a_missing_derivative()
    {
        static (Matrix<double>, Matrix<double>, Matrix<double>) Backward(Matrix<double> x, Matrix<double> w, Matrix<double> a, Matrix<double> dA, bool withDerivative)
        {
            var dZ = withDerivative ? dA.PointwiseMultiply(1 - a.PointwisePower(2)) : dA;
            return (dZ.TransposeAndMultiply(w), x.TransposeThisAndMultiply(dZ), M.Dense(1, dZ.ColumnCount, (_, j) => dZ.Column(j).Sum()));
        }
        Assert.All(Lesson04.CheckDenseBackward((x, w, a, dA) => Backward(x, w, a, dA, true)), r => Assert.True(r.Passed, r.Message));
        Assert.All(Lesson04.CheckDenseBackward((x, w, a, dA) => Backward(x, w, a, dA, false)), r => Assert.False(r.Passed));
        Assert.All(Lesson04.CheckNumericDerivative((f, x, h) => (f(x + h) - f(x - h)) / (2 * h)), r => Assert.True(r.Passed));
        Assert.False(Lesson04.CheckNumericDerivative((f, x, h) => (f(x + h) - f(x)) / h)[0].Passed);   // one-sided: error ~h
        var a = M.DenseOfArray(new[,] { { 0.2, 0.9 }, { 0.5, 0.7 } });
        var dA = M.DenseOfArray(new[,] { { 1.0, -2.0 }, { 0.5, 3.0 } });
        Assert.True(Lesson04.CheckSigmoidDz(dA.PointwiseMultiply(a.PointwiseMultiply(1 - a))).Passed);
        Assert.False(Lesson04.CheckSigmoidDz(dA).Passed);
    }

    [Fact]
    public void In_chinese_every_checker_fails_in_chinese_with_its_hints_and_never_the_answer()
    {
        static double[] Naive(double[] z) => z.Select(v => Math.Exp(v) / z.Sum(Math.Exp)).ToArray();
        static double[] Stub(double[] w0, int n, Func<int[], double[], double[]> gradient, int batchSize, double eta, int epochs, Random rng) => (double[])w0.Clone();
        // A typical wrong answer per exercise, and the right answers its messages must not contain.
        var cases = new (string Exercise, Func<CheckResult[]> Run, string[] Answers)[]
        {
            ("00 dot", () => [Lesson00.CheckDot(7.0)], ["3"]),
            ("00 features", () => [Lesson00.CheckFeatures(M.Dense(3, 2, (i, j) => i * (j + 1)))], []),
            ("01 NAND", () => [Lesson01.CheckNand([1.0, 1.0], -1.5)], []),
            ("01 NAND, one weight", () => [Lesson01.CheckNand([1.0], -1.5)], []),
            ("01 NOT", () => [Lesson01.CheckNot(1.0, -0.5)], []),
            ("01 sigmoid OR", () => [Lesson01.CheckSigmoidOr(new Neuron([1.0, 1.0], bias: -0.5, activation: Activation.Sigmoid))], ["20", "−10"]),
            ("01 sigmoid OR, no neuron", () => [Lesson01.CheckSigmoidOr(null)], []),
            ("02 A1", () => [Lesson02.CheckHiddenActivations(M.Dense(4, 5))], []),
            ("02 tanh′", () => [Lesson02.CheckTanhPrimeFromOutput(a => 1 - a)], []),
            ("02 parameters", () => [Lesson02.CheckParameterCount(784 * 128 + 128 * 64 + 64 * 10)], ["109386", "109,386"]),
            ("02 softmax", () => Lesson02.CheckSoftmax(z => Naive(z).Select(p => p * 2).ToArray()), []),
            ("02 softmax overflow", () => [Lesson02.CheckSoftmax(Naive)[2]], []),
            ("03 MSE", () => [Lesson03.CheckMse(0.3)], ["0.2875"]),
            ("03 BCE", () => [Lesson03.CheckBce(0.2)], ["1.609"]),
            ("03 η", () => [Lesson03.CheckLargestStableEta(1.0)], ["0.2"]),
            ("03 SGD", () => Lesson03.CheckSgdLoop(Stub), []),
            ("04 dZ", () => [Lesson04.CheckSigmoidDz(M.Dense(2, 2, 1.0))], []),
            ("04 numeric", () => Lesson04.CheckNumericDerivative((f, x, h) => (f(x + h) - f(x)) / h), ["12", "0.5403"]),
            ("04 Dense backward", () => Lesson04.CheckDenseBackward((x, w, a, dA) => (M.Dense(4, 3), M.Dense(3, 2), M.Dense(1, 2))), []),
        };
        var english = KitText.Keys(KitLanguage.English).Where(k => k.StartsWith("Lesson", StringComparison.Ordinal) || k.StartsWith("Check_", StringComparison.Ordinal))
            .Select(k => KitText.Get(k, KitLanguage.English)).Where(t => t.Length > 12 && !t.Contains('{')).ToList();

        KitLanguage.Use(KitLanguage.SimplifiedChinese);
        var secondHints = 0;
        foreach (var (exercise, run, answers) in cases)
        {
            run();   // the second run of a failing check adds the more specific hint
            foreach (var result in run())
            {
                Assert.False(result.Passed, $"{exercise}: {result.Message}");
                Assert.StartsWith("✗ ", result.Message);
                Assert.Contains("提示：", result.Message);
                Assert.EndsWith("。", result.Message);
                Assert.All(english, e => Assert.DoesNotContain(e, result.Message));
                Assert.All(answers, a => Assert.DoesNotContain(a, result.Message));
                secondHints += result.Message.Contains("进一步提示：", StringComparison.Ordinal) ? 1 : 0;
            }
        }
        Assert.True(secondHints >= cases.Length, $"only {secondHints} Chinese failures showed their second hint");
        Assert.Equal("✗ 点积 u · v：偏大。提示：把两个向量逐项相乘，再把乘积加起来。进一步提示：用循环把每个 u[i] * v[i] 累加起来就行；u.DotProduct(v) 也可以。",
            Lesson00.CheckDot(7.0).Message);
    }

    [Fact]
    public void In_chinese_a_right_answer_passes_with_a_chinese_name()
    {
        KitLanguage.Use(KitLanguage.SimplifiedChinese);
        Assert.Equal("✓ 点积 u · v = 3", Lesson00.CheckDot(3.0).Message);
        Assert.Equal("✓ 参数个数 = 109386", Lesson02.CheckParameterCount(109_386).Message);
        Assert.Equal("✓ NOT 真值表（2 个元素）全部正确", Lesson01.CheckNot(-1.0, 0.5).Message);
    }

    /// <summary>A Random whose Shuffle leaves the order as it is: the loop that forgets to shuffle.</summary>
    private sealed class FixedOrder : Random
    {
        public override int Next(int minValue, int maxValue) => minValue;
    }
}
