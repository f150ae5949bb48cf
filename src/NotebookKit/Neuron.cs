using NotebookKit.Activations;

namespace NotebookKit;

/// <summary>
/// One artificial neuron: z = w·x + b = Σᵢ wᵢxᵢ + b, output a = f(z). A Dense layer is many of these side by side.
/// </summary>
public sealed class Neuron
{
    private readonly double[] weights;

    /// <param name="weights">w, one per input.</param>
    /// <param name="bias">b.</param>
    /// <param name="activation">f; default <see cref="Activation.Sigmoid"/>, the classic neuron.</param>
    public Neuron(IEnumerable<double> weights, double bias = 0, Activation? activation = null)
    {
        ArgumentNullException.ThrowIfNull(weights);
        this.weights = weights.ToArray();
        if (this.weights.Length == 0) throw new ArgumentException("A neuron needs at least one weight.", nameof(weights));
        Bias = bias;
        Activation = activation ?? Activation.Sigmoid;
    }

    /// <summary>w, one per input.</summary>
    public IReadOnlyList<double> Weights => weights;

    /// <summary>b.</summary>
    public double Bias { get; }

    /// <summary>f.</summary>
    public Activation Activation { get; }

    /// <summary>The number of inputs the neuron takes.</summary>
    public int Inputs => weights.Length;

    /// <summary>z = Σᵢ wᵢxᵢ + b, the weighted sum before the activation.</summary>
    public double PreActivation(IReadOnlyList<double> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count != weights.Length)
            throw new ArgumentException($"This neuron has {weights.Length} weights but got {inputs.Count} inputs.", nameof(inputs));
        double z = Bias;
        for (int i = 0; i < weights.Length; i++) z += weights[i] * inputs[i];
        return z;
    }

    /// <summary>a = f(w·x + b): the neuron's output for these inputs.</summary>
    public double Fire(params double[] inputs) => Activation.Apply(PreActivation(inputs));

    public override string ToString() =>
        $"Neuron(w = [{string.Join(", ", weights.Select(w => w.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)))}], b = {Bias.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}, {Activation.Name})";
}
