using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Layers;

namespace NotebookKit.Tests.Layers;

/// <summary>
/// Conv2D's im2col + product path against its documented formula, summed by plain loops:
/// Z[n, f, oh, ow] = Σ_{c,kh,kw} X[n, c, oh·s + kh − pad, ow·s + kw − pad] · W[(c·k + kh)·k + kw, f] + b[f].
/// </summary>
public class Conv2DFormulaTests
{
    [Theory]
    [InlineData(2, 6, 5, 3, 1, Padding.Valid)]
    [InlineData(2, 6, 5, 3, 1, Padding.Same)]
    [InlineData(1, 4, 3, 5, 1, Padding.Same)]   // padding wider than the image on both sides
    [InlineData(1, 3, 1, 5, 1, Padding.Same)]   // some taps never land inside the image
    [InlineData(3, 7, 6, 3, 2, Padding.Same)]
    [InlineData(2, 7, 7, 2, 3, Padding.Valid)]
    public void Forward_matches_the_formula(int channels, int height, int width, int kernel, int stride, Padding padding)
    {
        const int filters = 3, n = 5;
        var layer = new Conv2D<double>(filters, kernel, stride: stride, padding: padding, inputShape: (channels, height, width));
        layer.Build(new Shape(channels, height, width), seed: 3);
        var random = new Random(7);
        var X = Matrix<double>.Build.Dense(n, channels * height * width, (_, _) => random.NextDouble() * 2 - 1);
        var b = layer.b;   // shares the bias storage: writing b sets the layer's biases
        for (int f = 0; f < filters; f++) b[f] = 0.1 * (f + 1);

        Matrix<double> Z = layer.Forward(X);

        int outHeight = layer.OutputShape![1], outWidth = layer.OutputShape[2];
        int padTop = padding == Padding.Valid ? 0 : Math.Max((outHeight - 1) * stride + kernel - height, 0) / 2;
        int padLeft = padding == Padding.Valid ? 0 : Math.Max((outWidth - 1) * stride + kernel - width, 0) / 2;
        for (int s = 0; s < n; s++)
            for (int f = 0; f < filters; f++)
                for (int oh = 0; oh < outHeight; oh++)
                    for (int ow = 0; ow < outWidth; ow++)
                    {
                        double expected = b[f];
                        for (int c = 0; c < channels; c++)
                            for (int kh = 0; kh < kernel; kh++)
                                for (int kw = 0; kw < kernel; kw++)
                                {
                                    int h = oh * stride + kh - padTop, w = ow * stride + kw - padLeft;
                                    if (h < 0 || h >= height || w < 0 || w >= width) continue;
                                    expected += X[s, (c * height + h) * width + w] * layer.W[(c * kernel + kh) * kernel + kw, f];
                                }
                        Assert.Equal(expected, Z[s, (f * outHeight + oh) * outWidth + ow], 12);
                    }
    }
}
