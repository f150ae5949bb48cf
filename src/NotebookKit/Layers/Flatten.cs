namespace NotebookKit.Layers;

/// <summary>Flatten in <c>float</c>. See <see cref="Flatten{T}"/>.</summary>
public sealed class Flatten : Flatten<float>
{
}
