using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Activations;
using NotebookKit.Exercises;
using NotebookKit.Layers;
using NotebookKit.Localization;
using NotebookKit.Losses;
using NotebookKit.Optimizers;
using NotebookKit.Tests.Localization;
using NotebookKit.Training;

namespace NotebookKit.Tests.Exercises;

/// <summary>
/// The hidden checkers of lessons 05–08: the reference solution passes, a stub and a typical mistake fail, a function
/// that throws fails without an exception, and no failure shows the answer — in English and, for a lesson that chose
/// it, in Chinese.
/// </summary>
[Collection(KitLanguageCollection.Name)]
public sealed class LaterLessonCheckerTests : IDisposable
{
    public LaterLessonCheckerTests() => KitLanguage.Use(KitLanguage.English);

    public void Dispose() => KitLanguage.Reset();

    private static double[] MomentumStep(double[] theta, double[] v, double[] g, double eta, double beta)
    {
        for (int i = 0; i < theta.Length; i++) v[i] = beta * v[i] + g[i];
        return theta.Select((w, i) => w - eta * v[i]).ToArray();
    }

    private static double[] AdamStep(double[] theta, double[] g, double[] m, double[] v, int t, double eta, bool correct = true)
    {
        var next = new double[theta.Length];
        for (int i = 0; i < theta.Length; i++)
        {
            m[i] = 0.9 * m[i] + 0.1 * g[i];
            v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
            double mHat = correct ? m[i] / (1 - Math.Pow(0.9, t)) : m[i], vHat = correct ? v[i] / (1 - Math.Pow(0.999, t)) : v[i];
            next[i] = theta[i] - eta * mHat / (Math.Sqrt(vHat) + 1e-8);
        }
        return next;
    }

    [Fact]
    public void Lesson05_runs_the_learners_optimizer_steps_against_the_library()
    {
        Assert.True(Lesson05.CheckMomentumStep(MomentumStep).Passed);
        Assert.False(Lesson05.CheckMomentumStep((theta, v, g, eta, beta) => theta).Passed);                    // the stub
        Assert.False(Lesson05.CheckMomentumStep((theta, v, g, eta, beta) =>                                     // θ from the old v
            MomentumStep(theta, new double[theta.Length], g, eta, beta)).Passed);
        var threw = Lesson05.CheckMomentumStep((theta, v, g, eta, beta) => throw new IndexOutOfRangeException("i = 6"));
        Assert.False(threw.Passed);
        Assert.Contains("IndexOutOfRangeException", threw.Message);

        Assert.True(Lesson05.CheckAdamStep((theta, g, m, v, t, eta) => AdamStep(theta, g, m, v, t, eta)).Passed);
        Assert.False(Lesson05.CheckAdamStep((theta, g, m, v, t, eta) => AdamStep(theta, g, m, v, t, eta, correct: false)).Passed);
        Assert.False(Lesson05.CheckAdamStep((theta, g, m, v, t, eta) => null!).Passed);

        Assert.All(Lesson05.CheckFirstAdamStep(0.001 * 0.003 / (0.003 + 1e-8), 0.001 * 0.1 / Math.Sqrt(0.001)), r => Assert.True(r.Passed));
        var wrong = Lesson05.CheckFirstAdamStep(0.003, 0.0);
        Assert.All(wrong, r => Assert.False(r.Passed));
        Assert.All(wrong, r => Assert.DoesNotContain("0.001", r.Message));
    }

    [Fact]
    public void Lesson06_checks_arg_max_recall_and_the_most_confused_pair()
    {
        static int ArgMax(double[] values)
        {
            int best = 0;
            for (int i = 1; i < values.Length; i++) if (values[i] > values[best]) best = i;
            return best;
        }
        Assert.All(Lesson06.CheckArgMax(ArgMax), r => Assert.True(r.Passed));
        var lastOnTie = Lesson06.CheckArgMax(values => Array.LastIndexOf(values, values.Max()));
        Assert.Contains(lastOnTie, r => !r.Passed && r.Message.Contains("tie"));
        Assert.All(Lesson06.CheckArgMax(_ => -1), r => Assert.False(r.Passed));

        int[] actual = [8, 8, 8, 8, 3, 3, 5], predicted = [8, 8, 3, 8, 8, 8, 5];
        Assert.True(Lesson06.CheckRecall(0.75, 8, actual, predicted).Passed);
        var integerDivision = Lesson06.CheckRecall(0, 8, actual, predicted);
        Assert.False(integerDivision.Passed);
        Assert.DoesNotContain("0.75", integerDivision.Message);
        Assert.True(Lesson06.CheckMostConfused((3, 8), actual, predicted).Passed);
        Assert.False(Lesson06.CheckMostConfused((8, 3), actual, predicted).Passed);
    }

    [Fact]
    public void Lesson07_checks_sizes_pooling_and_parameters_against_the_library()
    {
        static int OutputSize(int n, int k, int p, int s) => (n + 2 * p - k) / s + 1;
        Assert.All(Lesson07.CheckOutputSize(OutputSize), r => Assert.True(r.Passed));
        Assert.Contains(Lesson07.CheckOutputSize((n, k, p, s) => n - k + 1), r => !r.Passed);          // padding and stride forgotten
        Assert.All(Lesson07.CheckOutputSize((n, k, p, s) => throw new DivideByZeroException()), r => Assert.False(r.Passed));

        var cnn = new Sequential(
            new Conv2D(4, 3, inputShape: (1, 28, 28)), new MaxPooling2D(2),
            new Conv2D(4, 3), new MaxPooling2D(2), new Conv2D(4, 3), new MaxPooling2D(2), new Flatten(), new Dense(10));
        Assert.True(Lesson07.CheckSizeSequence([28, 26, 13, 11, 5, 3, 1], cnn).Passed);
        Assert.False(Lesson07.CheckSizeSequence([28, 26, 13, 11, 6, 4, 2], cnn).Passed);                // pooling rounded up
        Assert.False(Lesson07.CheckSizeSequence(null, cnn).Passed);

        var tiny = new double[,] { { 1, 2, 0, 1 }, { 0, 1, 3, 1 }, { 2, 1, 0, 0 }, { 1, 0, 1, 2 } };
        static double[,] FromZero(double[,] input)
        {
            int half = input.GetLength(0) / 2;
            var output = new double[half, half];
            for (int i = 0; i < half; i++)
                for (int j = 0; j < half; j++)
                    for (int u = 0; u < 2; u++)
                        for (int v = 0; v < 2; v++) output[i, j] = Math.Max(output[i, j], input[2 * i + u, 2 * j + v]);
            return output;
        }
        var fromZero = Lesson07.CheckMaxPool(FromZero, tiny);
        Assert.True(fromZero[0].Passed);       // non-negative image: starting from 0 happens to work
        Assert.False(fromZero[1].Passed);      // negative values catch it

        Assert.All(Lesson07.CheckConvParameters((f, k, c) => f * (c * k * k + 1)), r => Assert.True(r.Passed));
        Assert.All(Lesson07.CheckConvParameters((f, k, c) => f * c * k * k), r => Assert.False(r.Passed));  // biases forgotten
    }

    [Fact]
    public void Lesson08_checks_dropout_both_ways_against_the_library_layer()
    {
        Assert.True(Lesson08.CheckL2Penalty(0.07125, Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, -2.0 }, { 0.5, 3.0 } })).Passed);
        Assert.False(Lesson08.CheckL2Penalty(0.1425, Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, -2.0 }, { 0.5, 3.0 } })).Passed);

        var right = Lesson08.CheckDropout((a, mask, p) => a.PointwiseMultiply(mask) / (1 - p), (d, mask, p) => d.PointwiseMultiply(mask) / (1 - p));
        Assert.All(right, r => Assert.True(r.Passed));
        var unscaled = Lesson08.CheckDropout((a, mask, p) => a.PointwiseMultiply(mask), (d, mask, p) => d);
        Assert.All(unscaled, r => Assert.False(r.Passed));

        Assert.True(Lesson08.CheckFlip(image => Enumerable.Range(0, 64).Select(p => image[p / 8 * 8 + 7 - p % 8]).ToArray()).Passed);
        Assert.False(Lesson08.CheckFlip(image => Enumerable.Range(0, 64).Select(p => image[(7 - p / 8) * 8 + p % 8]).ToArray()).Passed);  // vertical
    }

    [Fact]
    public void In_chinese_every_checker_fails_in_chinese_and_never_shows_the_answer()
    {
        var M = Matrix<double>.Build;
        var W = M.DenseOfArray(new[,] { { 1.0, -2.0 }, { 0.5, 3.0 } });
        int[] actual = [8, 8, 8, 8, 3, 3, 5], predicted = [8, 8, 3, 8, 8, 8, 5];
        var cnn = new Sequential(
            new Conv2D(4, 3, inputShape: (1, 28, 28)), new MaxPooling2D(2),
            new Conv2D(4, 3), new MaxPooling2D(2), new Conv2D(4, 3), new MaxPooling2D(2), new Flatten(), new Dense(10));
        // A typical wrong answer per exercise, and the right answers its messages must not contain.
        var cases = new (string Exercise, Func<CheckResult[]> Run, string[] Answers)[]
        {
            ("05 momentum", () => [Lesson05.CheckMomentumStep((theta, v, g, eta, beta) => theta)], []),
            ("05 Adam", () => [Lesson05.CheckAdamStep((theta, g, m, v, t, eta) => AdamStep(theta, g, m, v, t, eta, correct: false))], []),
            ("05 first step", () => Lesson05.CheckFirstAdamStep(0.003, 0.0), ["0.000999", "0.00316"]),
            ("06 arg max", () => Lesson06.CheckArgMax(_ => -1), []),
            ("06 recall", () => [Lesson06.CheckRecall(0, 8, actual, predicted)], ["0.75"]),
            ("06 most confused", () => [Lesson06.CheckMostConfused((8, 3), actual, predicted)], ["(3, 8)"]),
            ("07 output size", () => Lesson07.CheckOutputSize((n, k, p, s) => 0), []),
            ("07 size sequence", () => [Lesson07.CheckSizeSequence([28, 26, 13, 11, 6, 4, 2], cnn)], ["5, 3, 1"]),
            ("07 max pooling", () => Lesson07.CheckMaxPool(image => new double[2, 2], new double[,] { { 1, 2, 0, 1 }, { 0, 1, 3, 1 }, { 2, 1, 0, 0 }, { 1, 0, 1, 2 } }), []),
            ("07 parameters", () => Lesson07.CheckConvParameters((f, k, c) => f * c * k * k), ["156", "1168", "18496"]),
            ("08 L2", () => [Lesson08.CheckL2Penalty(0.1425, W)], ["0.07125"]),
            ("08 dropout", () => Lesson08.CheckDropout((a, mask, p) => a.PointwiseMultiply(mask), (d, mask, p) => d), []),
            ("08 flip", () => [Lesson08.CheckFlip(image => image)], []),
        };
        var english = KitText.Keys(KitLanguage.English).Where(k => k.StartsWith("Lesson0", StringComparison.Ordinal) || k.StartsWith("LearnerCode_", StringComparison.Ordinal))
            .Select(k => KitText.Get(k, KitLanguage.English)).Where(t => t.Length > 12 && !t.Contains('{')).ToList();
        Assert.NotEmpty(english);

        KitLanguage.Use(KitLanguage.SimplifiedChinese);
        foreach (var (exercise, run, answers) in cases)
            foreach (var result in run())
            {
                Assert.False(result.Passed, $"{exercise}: {result.Message}");
                Assert.StartsWith("✗ ", result.Message);
                Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", result.Message);
                Assert.All(english, e => Assert.DoesNotContain(e, result.Message));
                Assert.All(answers, a => Assert.DoesNotContain(a, result.Message));
            }

        // Both hints, the second from the second miss on, and a function that threw, all in Chinese.
        Lesson08.CheckFlip(image => image);
        var again = Lesson08.CheckFlip(image => image).Message;
        Assert.Contains("水平翻转", again);
        Assert.Contains("第 c 列来自第 7 − c 列", again);
        Assert.Contains("像素 (r, c) 的下标是 8·r + c", again);
        var threw = Lesson05.CheckMomentumStep((theta, v, g, eta, beta) => throw new IndexOutOfRangeException("i = 6")).Message;
        Assert.Contains("你的代码抛出了 IndexOutOfRangeException：i = 6。先 v ← β·v + g，再 θ ← θ − η·v", threw);
    }

    [Fact]
    public void In_chinese_a_right_answer_passes_with_a_chinese_name()
    {
        KitLanguage.Use(KitLanguage.SimplifiedChinese);
        int[] actual = [8, 8, 8, 8, 3, 3, 5], predicted = [8, 8, 3, 8, 8, 8, 5];
        Assert.Equal("✓ 数字 8 的召回率 = 0.75", Lesson06.CheckRecall(0.75, 8, actual, predicted).Message);
        Assert.Equal("✓ 最容易混淆的一对 = (3, 8)", Lesson06.CheckMostConfused((3, 8), actual, predicted).Message);
        var parameters = Lesson07.CheckConvParameters((f, k, c) => f * (c * k * k + 1));
        Assert.Equal("✓ Conv2D（16 个卷积核，3×3），输入 8 个通道 = 1168", parameters[0].Message);
        Assert.Equal("✓ Conv2D（6 个卷积核，5×5），输入 1 个通道 = 156", parameters[2].Message);
    }
}
