namespace NotebookKit.Data;

/// <summary>
/// The content of an IDX file (the MNIST format): an n-dimensional array of unsigned bytes,
/// stored row-major — the last dimension varies fastest.
/// </summary>
/// <param name="Dimensions">Sizes, outermost first: (count, rows, columns) for images, (count) for labels.</param>
/// <param name="Values">All values, row-major.</param>
public sealed record IdxData(IReadOnlyList<int> Dimensions, byte[] Values)
{
    /// <summary>The outermost dimension: how many images or labels.</summary>
    public int Count => Dimensions[0];

    /// <summary>Values per item: the product of all dimensions but the first.</summary>
    public int ItemSize => Dimensions.Skip(1).Aggregate(1, (product, d) => product * d);
}
