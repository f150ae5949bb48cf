using NotebookKit.Activations;

namespace NotebookKit.Layers;

/// <summary>A 2-D convolution in <c>float</c> (im2col + one matrix product). See <see cref="Conv2D{T}"/>.</summary>
public sealed class Conv2D : Conv2D<float>
{
    public Conv2D(
        int filters,
        int kernelSize,
        int stride = 1,
        Padding padding = Padding.Valid,
        Activation? activation = null,
        (int Channels, int Height, int Width)? inputShape = null,
        Initializer initializer = Initializer.Auto,
        double weightDecay = 0)
        : base(filters, kernelSize, stride, padding, activation, inputShape, initializer, weightDecay)
    {
    }
}
