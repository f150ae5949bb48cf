namespace NotebookKit.Data;

/// <summary>
/// The shape of one image in a dataset whose rows are images: a row holds
/// <see cref="Channels"/> × <see cref="Height"/> × <see cref="Width"/> values, channel by channel, each
/// channel row by row (the layout NotebookKit's convolution layers read).
/// </summary>
public readonly record struct ImageShape(int Height, int Width, int Channels = 1)
{
    /// <summary>Values per image: Channels · Height · Width.</summary>
    public int Size => Channels * Height * Width;

    public override string ToString() => $"{Height}×{Width}×{Channels}";
}
