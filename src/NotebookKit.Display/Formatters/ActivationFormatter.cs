using NotebookKit.Activations;

namespace NotebookKit.Display.Formatters;

/// <summary>An activation: f and its derivative f′ on z ∈ [−5, 5], as a Plotly chart.</summary>
internal sealed class ActivationFormatter : ObjectFormatter<Activation>
{
    protected override MimeBundle Format(Activation value, FormatContext context)
    {
        var bundle = PlotlyHtml.Bundle(value.ToFigure(), context);
        string text = $"{value.Name}: " + string.Join(", ", new[] { -2.0, 0, 2 }.Select(v => $"f({Svg.W(v)}) = {Svg.W(value.Apply(v))}, f′({Svg.W(v)}) = {Svg.W(value.Derivative(v))}"));
        return bundle.With(MimeTypes.PlainText, text);
    }
}
