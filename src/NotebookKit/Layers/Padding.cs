namespace NotebookKit.Layers;

/// <summary>How a convolution treats the border.</summary>
public enum Padding
{
    /// <summary>No padding: the kernel stays inside the image; output side ⌊(H − k)/s⌋ + 1.</summary>
    Valid,

    /// <summary>Zero padding so the output side is ⌈H/s⌉ (the input size at stride 1); extra padding goes bottom/right, as in Keras.</summary>
    Same,
}
