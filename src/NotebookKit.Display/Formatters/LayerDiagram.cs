using NotebookKit.Layers;

namespace NotebookKit.Display.Formatters;

/// <summary>The diagram columns of a stack of layers, or null when it is not a built stack of flat, dense layers.</summary>
internal static class LayerDiagram
{
    public static List<NetworkDiagram.Column>? Columns<T>(IReadOnlyList<Layer<T>> layers, Shape? inputShape)
        where T : struct, System.Numerics.IFloatingPointIeee754<T>
    {
        if (layers.Count == 0 || inputShape is not { Rank: 1 } || !layers.All(l => l.IsBuilt)) return null;
        var columns = new List<NetworkDiagram.Column> { new($"input ({inputShape[0]})", inputShape[0], null) };
        foreach (var layer in layers)
        {
            if (layer is Dense<T> dense)
            {
                var W = dense.W;
                var b = dense.b;
                columns.Add(new($"{dense.Units} · {dense.Activation.Name}", dense.Units,
                    (i, j) => Numbers.ToDouble(W[i, j]), j => Numbers.ToDouble(b[j])));
            }
            // Layers that keep the shape (dropout) add no neurons; anything else (conv, pooling) is not a flat net.
            else if (!Equals(layer.InputShape, layer.OutputShape)) return null;
        }
        return columns.Count > 1 ? columns : null;
    }
}
