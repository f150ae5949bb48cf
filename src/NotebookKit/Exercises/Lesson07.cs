using NotebookKit.Layers;
using NotebookKit.Localization;
using NotebookKit.Training;

namespace NotebookKit.Exercises;

/// <summary>
/// The checks of lesson 07 (convolutions): output sizes, the articles' CNN's size sequence, max pooling and the
/// parameter count, each against the library's own layers or a reference kept here, out of the notebook.
/// </summary>
public static class Lesson07
{
    /// <summary>Exercise 1: ⌊(n + 2p − k)/s⌋ + 1 on valid, same, strided and pooling cases.</summary>
    public static CheckResult[] CheckOutputSize(Func<int, int, int, int, int> outputSize)
    {
        ArgumentNullException.ThrowIfNull(outputSize);
        var results = new List<CheckResult>();
        var cases = new (int N, int K, int P, int S, string What)[]
        {
            (28, 3, 0, 1, KitText.Get("Lesson07_OutputSizeValid_What")),
            (28, 3, 1, 1, KitText.Get("Lesson07_OutputSizeSame_What")),
            (7, 3, 0, 2, KitText.Get("Lesson07_OutputSizeStride_What")),
            (11, 2, 0, 2, KitText.Get("Lesson07_OutputSizePool_What")),
            (32, 5, 2, 3, KitText.Get("Lesson07_OutputSizePaddedStride_What")),
        };
        string hint = KitText.Get("Lesson07_OutputSize_Hint"), hint2 = KitText.Get("Lesson07_OutputSize_Hint2");
        foreach (var (n, k, p, s, what) in cases)
        {
            if (!LearnerCode.TryRun(() => outputSize(n, k, p, s), out int got, out string error))
                results.Add(LearnerCode.Threw(what, error, hint, hint2));
            else
                results.Add(Check.Equal(got, (n + 2 * p - k) / s + 1, hint: hint, what: what, hint2: hint2));
        }
        return [.. results];
    }

    /// <summary>Exercise 2: the side length of the image before and after every conv and pool layer of <paramref name="model"/>.</summary>
    public static CheckResult CheckSizeSequence(int[]? sizes, Sequential model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var expected = new List<double> { model.Layers[0].InputShape![1] };
        foreach (var layer in model.Layers.TakeWhile(l => l.OutputShape!.Rank == 3))
            expected.Add(layer.OutputShape![1]);
        return Check.Close(sizes?.Select(v => (double)v).ToArray(), expected, tol: 0,
            hint: KitText.Get("Lesson07_SizeSequence_Hint"),
            what: KitText.Format("Lesson07_SizeSequence_What", expected.Count - 1),
            hint2: KitText.Get("Lesson07_SizeSequence_Hint2"));
    }

    /// <summary>Exercise 3: 2×2 max pooling, stride 2, on the lesson's 4×4 image and on a 6×6 one with negative values.</summary>
    public static CheckResult[] CheckMaxPool(Func<double[,], double[,]> maxPool, double[,] tiny)
    {
        ArgumentNullException.ThrowIfNull(maxPool);
        var results = new List<CheckResult>();
        var random = new Random(7);
        var negative = new double[6, 6];
        for (int i = 0; i < 6; i++)
            for (int j = 0; j < 6; j++) negative[i, j] = Math.Round(random.NextDouble() * 10 - 8, 1);
        string hint = KitText.Get("Lesson07_MaxPool_Hint"), hint2 = KitText.Get("Lesson07_MaxPool_Hint2");
        foreach (var (image, what) in new[] { (tiny, KitText.Get("Lesson07_MaxPoolTiny_What")), (negative, KitText.Get("Lesson07_MaxPoolNegative_What")) })
        {
            if (!LearnerCode.TryRun(() => maxPool((double[,])image.Clone()), out var got, out string error))
                results.Add(LearnerCode.Threw(what, error, hint, hint2));
            else
                results.Add(Check.Matrix(got is null ? null : MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfArray(got),
                    MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfArray(Pool(image)), hint: hint, what: what, hint2: hint2));
        }
        return [.. results];
    }

    /// <summary>Exercise 4: F·(C·k² + 1), against the library's Conv2D.ParameterCount on three layers.</summary>
    public static CheckResult[] CheckConvParameters(Func<int, int, int, int> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var results = new List<CheckResult>();
        string hint = KitText.Get("Lesson07_ConvParameters_Hint"), hint2 = KitText.Get("Lesson07_ConvParameters_Hint2");
        foreach (var (filters, k, channels) in new[] { (16, 3, 8), (64, 3, 32), (6, 5, 1) })
        {
            var conv = new Conv2D(filters, k, inputShape: (channels, 12, 12));
            _ = new Sequential(conv);   // builds the layer
            string what = channels == 1
                ? KitText.Format("Lesson07_ConvParametersOne_What", filters, k)
                : KitText.Format("Lesson07_ConvParameters_What", filters, k, channels);
            if (!LearnerCode.TryRun(() => parameters(filters, k, channels), out int got, out string error))
                results.Add(LearnerCode.Threw(what, error, hint, hint2));
            else
                results.Add(Check.Equal(got, conv.ParameterCount, hint: hint, what: what, hint2: hint2));
        }
        return [.. results];
    }

    private static double[,] Pool(double[,] input)
    {
        int half = input.GetLength(0) / 2;
        var output = new double[half, half];
        for (int i = 0; i < half; i++)
            for (int j = 0; j < half; j++)
                output[i, j] = Math.Max(Math.Max(input[2 * i, 2 * j], input[2 * i, 2 * j + 1]), Math.Max(input[2 * i + 1, 2 * j], input[2 * i + 1, 2 * j + 1]));
        return output;
    }
}
