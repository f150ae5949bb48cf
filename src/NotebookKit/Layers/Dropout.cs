namespace NotebookKit.Layers;

/// <summary>Inverted dropout in <c>float</c>. See <see cref="Dropout{T}"/>.</summary>
public sealed class Dropout : Dropout<float>
{
    public Dropout(double rate) : base(rate)
    {
    }
}
