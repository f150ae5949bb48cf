using System.Text.Json.Nodes;
using NotebookKit.Activations;

namespace NotebookKit.Display.Formatters;

/// <summary>An activation: f and its derivative f′ on z ∈ [−5, 5], as a Plotly chart.</summary>
internal sealed class ActivationFormatter : ObjectFormatter<Activation>
{
    protected override MimeBundle Format(Activation value, FormatContext context)
    {
        var z = Enumerable.Range(0, 201).Select(k => -5 + k * 0.05).ToArray();
        var figure = FunctionPlot.Build($"{value.Name}: f(z) and f′(z)", "z", z,
            ("f(z)", z.Select(value.Apply)), ("f′(z)", z.Select(value.Derivative)));
        var bundle = PlotlyHtml.Bundle(figure, context);
        string text = $"{value.Name}: " + string.Join(", ", new[] { -2.0, 0, 2 }.Select(v => $"f({Svg.W(v)}) = {Svg.W(value.Apply(v))}, f′({Svg.W(v)}) = {Svg.W(value.Derivative(v))}"));
        return FunctionPlot.WithText(bundle, text);
    }
}
