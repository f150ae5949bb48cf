using NotebookKit.Activations;

namespace NotebookKit.Layers;

/// <summary>
/// A fully connected layer in <c>float</c>: Z = X·W + b, A = f(Z). See <see cref="Dense{T}"/> for the math;
/// use <c>Dense&lt;double&gt;</c> for gradient checks.
/// </summary>
public sealed class Dense : Dense<float>
{
    public Dense(int units, int? inputs = null, Activation? activation = null, Initializer initializer = Initializer.Auto, double weightDecay = 0)
        : base(units, inputs, activation, initializer, weightDecay)
    {
    }
}
