namespace NotebookKit.Data;

/// <summary>
/// The shape of one image in a dataset whose rows are images, in the kit's one image convention, the order
/// <see cref="Shape"/> and the convolution layers use: (<see cref="Channels"/>, <see cref="Height"/>,
/// <see cref="Width"/>). A row holds the values channel by channel, each channel row by row.
/// </summary>
public readonly record struct ImageShape(int Channels, int Height, int Width)
{
    /// <summary>A grey (one-channel) image of <paramref name="height"/> × <paramref name="width"/>.</summary>
    public ImageShape(int height, int width)
        : this(1, height, width)
    {
    }

    /// <summary>Values per image: Channels · Height · Width.</summary>
    public int Size => Channels * Height * Width;

    /// <summary>The same shape as a layer's input shape, e.g. for <c>Conv2D(…, inputShape: data.Image!.Value.ToShape())</c>.</summary>
    public Shape ToShape() => new(Channels, Height, Width);

    /// <summary>As <see cref="Shape"/> writes it: <c>1×28×28</c>.</summary>
    public override string ToString() => $"{Channels}×{Height}×{Width}";
}
