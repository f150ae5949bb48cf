namespace NotebookKit;

/// <summary>
/// The shape of one sample: <c>(features)</c> for flat data, <c>(channels, height, width)</c> for images.
/// A batch is always a matrix with one row per sample and <see cref="Size"/> columns; the shape says how a row is read.
/// </summary>
public sealed class Shape : IEquatable<Shape>
{
    private readonly int[] dims;

    /// <summary>Creates a shape from its dimensions, outermost first (channels, height, width).</summary>
    public Shape(params int[] dims)
    {
        ArgumentNullException.ThrowIfNull(dims);
        if (dims.Length == 0)
            throw new ArgumentException("A shape needs at least one dimension.", nameof(dims));
        foreach (int d in dims)
            if (d <= 0)
                throw new ArgumentException($"Every dimension of a shape must be positive, got ({string.Join(", ", dims)}).", nameof(dims));
        this.dims = (int[])dims.Clone();
    }

    /// <summary>The number of dimensions: 1 for flat data, 3 for images.</summary>
    public int Rank => dims.Length;

    /// <summary>The <paramref name="index"/>-th dimension.</summary>
    public int this[int index] => dims[index];

    /// <summary>The dimensions, outermost first.</summary>
    public IReadOnlyList<int> Dimensions => dims;

    /// <summary>The number of values in one sample (the product of the dimensions): the width of a batch row.</summary>
    public int Size
    {
        get
        {
            int size = 1;
            foreach (int d in dims) size *= d;
            return size;
        }
    }

    /// <summary>Shows the shape the way the lessons write it: <c>1×28×28</c>.</summary>
    public override string ToString() => string.Join("×", dims);

    public bool Equals(Shape? other) => other is not null && dims.AsSpan().SequenceEqual(other.dims);

    public override bool Equals(object? obj) => obj is Shape other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (int d in dims) hash.Add(d);
        return hash.ToHashCode();
    }
}
