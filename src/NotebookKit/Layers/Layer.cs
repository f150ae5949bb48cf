namespace NotebookKit.Layers;

/// <summary>
/// What every layer shows, whatever its number type: its name, the shape it takes and gives, and how many
/// parameters it trains. The math lives in <see cref="Layer{T}"/>.
/// </summary>
public abstract class Layer
{
    protected Layer(string kind, Shape? declaredInputShape)
    {
        Kind = kind;
        Name = kind;
        DeclaredInputShape = declaredInputShape;
    }

    /// <summary>The layer's type as the lessons call it: <c>Dense</c>, <c>Conv2D</c>, …</summary>
    public string Kind { get; }

    /// <summary>The name used in summaries and errors: <c>Dense #2</c> once it sits in a model (1-based position).</summary>
    public string Name { get; internal set; }

    /// <summary>The input shape given when the layer was created (<c>inputs:</c>, <c>inputShape:</c>), if any.</summary>
    public Shape? DeclaredInputShape { get; }

    /// <summary>The shape of one input sample; null until the layer is built.</summary>
    public Shape? InputShape { get; private protected set; }

    /// <summary>The shape of one output sample; null until the layer is built.</summary>
    public Shape? OutputShape { get; private protected set; }

    /// <summary>True once the layer knows its input shape and owns its parameters.</summary>
    public bool IsBuilt => OutputShape is not null;

    /// <summary>The activation applied last in this layer, if it has one (Dense, Conv2D); null otherwise.</summary>
    public virtual Activations.Activation? OutputActivation => null;

    /// <summary>The number of trainable scalars (0 until built, and for layers without parameters).</summary>
    public abstract int ParameterCount { get; }

    /// <summary>A one-line description of the configuration, e.g. <c>Dense(64, ReLU)</c>.</summary>
    public abstract string Describe();

    public override string ToString() => IsBuilt ? $"{Name}: {Describe()} {InputShape} → {OutputShape}" : $"{Name}: {Describe()}";
}
