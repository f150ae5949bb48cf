using NotebookKit.Layers;

namespace NotebookKit.Training;

/// <summary>
/// A stack of layers in <c>float</c>, the kit's default model: A⁽ˡ⁾ = layerₗ(A⁽ˡ⁻¹⁾). See <see cref="Sequential{T}"/>.
/// <code>
/// var model = new Sequential(
///     new Dense(5, inputs: 2, activation: Activation.ReLU),
///     new Dense(1, activation: Activation.Sigmoid));
/// model.Compile(optimizer: new Adam(learningRate: 0.01), loss: Loss.BinaryCrossEntropy, metrics: [Metric.Accuracy]);
/// History history = model.Fit(x, y, epochs: 100, batchSize: 32, seed: 42);
/// </code>
/// </summary>
public sealed class Sequential : Sequential<float>
{
    public Sequential(params Layer<float>[] layers) : base(layers)
    {
    }
}
