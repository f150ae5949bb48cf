namespace NotebookKit.Layers;

/// <summary>Max pooling in <c>float</c>. See <see cref="MaxPooling2D{T}"/>.</summary>
public sealed class MaxPooling2D : MaxPooling2D<float>
{
    public MaxPooling2D(int poolSize = 2, int? stride = null) : base(poolSize, stride)
    {
    }
}
