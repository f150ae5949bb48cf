using NotebookKit.Layers;
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
            (28, 3, 0, 1, "28×28, 3×3 kernel, valid"),
            (28, 3, 1, 1, "28×28, 3×3 kernel, same padding"),
            (7, 3, 0, 2, "7×7, 3×3 kernel, stride 2"),
            (11, 2, 0, 2, "11×11, 2×2 pooling (stride 2)"),
            (32, 5, 2, 3, "32×32, 5×5 kernel, padding 2, stride 3"),
        };
        foreach (var (n, k, p, s, what) in cases)
        {
            const string hint = "n + 2p − k is how far the kernel can slide; count the positions, one every s pixels";
            const string hint2 = "integer division floors: ⌊(n + 2p − k)/s⌋, then + 1 for the first position";
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
            hint: "start at 28; a 3×3 valid convolution is OutputSize(n, 3, 0, 1), a 2×2 pooling is OutputSize(n, 2, 0, 2)",
            what: $"the size sequence through the {expected.Count - 1} conv and pool layers",
            hint2: "seven numbers: 28, then one after each of the six layers; pooling floors an odd size");
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
        foreach (var (image, what) in new[] { (tiny, "max pooling of tiny"), (negative, "max pooling of a 6×6 image with negative values") })
        {
            const string hint = "output[i, j] is the largest of the 2×2 block starting at (2i, 2j)";
            const string hint2 = "start each block's maximum from one of its values, not from 0: all four may be negative";
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
        foreach (var (filters, k, channels) in new[] { (16, 3, 8), (64, 3, 32), (6, 5, 1) })
        {
            var conv = new Conv2D(filters, k, inputShape: (channels, 12, 12));
            _ = new Sequential(conv);   // builds the layer
            string what = $"Conv2D({filters} filters, {k}×{k}) on {channels} channel{(channels == 1 ? "" : "s")}";
            const string hint = "each filter has one weight per input channel and kernel position, plus one bias";
            const string hint2 = "F · (C · k · k + 1): the image size does not appear";
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
