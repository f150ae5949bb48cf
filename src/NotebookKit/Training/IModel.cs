using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Optimizers;

namespace NotebookKit.Training;

/// <summary>
/// What a <see cref="Callback"/> sees of the model being trained (Keras' <c>self.model</c>), whatever its number
/// type: every <see cref="Sequential{T}"/> is one, so a <c>Sequential&lt;double&gt;</c> gets the same callbacks and
/// live display as the float <see cref="Sequential"/>.
/// </summary>
public interface IModel
{
    /// <summary>Set to true to end <c>Fit</c> after the current epoch.</summary>
    bool StopTraining { get; set; }

    /// <summary>The optimizer given to <c>Compile</c> (a schedule may change its learning rate), or null.</summary>
    Optimizer? Optimizer { get; }

    /// <summary>Each layer in a few words, input side first (what a chart's title shows).</summary>
    IReadOnlyList<string> DescribeLayers();

    /// <summary>A copy of every parameter's values (<c>float[]</c> or <c>double[]</c>, as the model computes).</summary>
    IReadOnlyList<Array> GetWeights();

    /// <summary>Puts back weights from <see cref="GetWeights"/>.</summary>
    void SetWeights(IReadOnlyList<Array> weights);

    /// <summary>The model's output for X in float, the number type charts draw in.</summary>
    Matrix<float> Predict(Matrix<float> X);
}
