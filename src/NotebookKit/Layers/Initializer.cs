namespace NotebookKit.Layers;

/// <summary>How a layer draws its initial weights (biases start at 0).</summary>
public enum Initializer
{
    /// <summary>He for ReLU-family activations, Glorot for the rest.</summary>
    Auto,

    /// <summary>Glorot (Xavier) uniform: W ~ U(−r, r), r = √(6 / (fan_in + fan_out)); keeps the variance of
    /// activations and gradients steady through sigmoid/tanh layers.</summary>
    Glorot,

    /// <summary>He normal: W ~ N(0, 2 / fan_in); the factor 2 makes up for ReLU zeroing half its inputs.</summary>
    He,
}
