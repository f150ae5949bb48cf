using System.Globalization;
using System.Reflection;
using NotebookKit.Layers;
using NotebookKit.Localization;
using NotebookKit.Training;

namespace NotebookKit.Display.Formatters;

/// <summary>
/// A <c>Sequential</c> model: the Keras-style summary (layer, configuration, output shape, parameters, total) and,
/// for a built stack of dense layers, a diagram of its neurons and weights.
/// </summary>
internal sealed class SequentialFormatter : IObjectFormatter
{
    private static readonly MethodInfo Typed = typeof(SequentialFormatter).GetMethod(nameof(FormatTyped), BindingFlags.NonPublic | BindingFlags.Static)!;

    public Type Type => typeof(Sequential<>);

    public MimeBundle Format(object value, FormatContext context)
    {
        Type t = value.GetType();
        while (!(t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Sequential<>))) t = t.BaseType!;
        return (MimeBundle)Typed.MakeGenericMethod(t.GetGenericArguments()[0]).Invoke(null, [value])!;
    }

    private static MimeBundle FormatTyped<T>(Sequential<T> model) where T : struct, System.Numerics.IFloatingPointIeee754<T>
    {
        string text = model.Summary(); // builds from a declared input shape, so the shapes below are known
        string name = TypeNames.Of(model.GetType());
        var table = new HtmlTable("nbk-summary")
            .Caption($"{name}" + (model.InputShape is { } input ? $" (input {input})" : " (not built: input shape unknown)"))
            .Header(KitText.Get("Summary_Layer"), KitText.Get("Summary_Configuration"), KitText.Get("Summary_OutputShape"), KitText.Get("Summary_Params"));
        foreach (var layer in model.Layers)
            table.Row(null, [layer.Name, layer.Describe(), layer.OutputShape?.ToString() ?? "?", Count(layer.ParameterCount)]);
        table.Footer([KitText.Get("Summary_Total"), "", "", Count(model.ParameterCount)]);
        string html = table.ToString();
        if (LayerDiagram.Columns(model.Layers, model.InputShape) is not { } columns)
            return new MimeBundle(text).With(MimeTypes.Html, html);
        // The diagram goes into the HTML as an <img>, not inline SVG, so an untrusted Notebook still shows a picture;
        // image/svg+xml carries it for front ends that take only images.
        string svg = NetworkDiagram.Render(columns);
        html += "<div class=\"nbk-diagram\" style=\"margin-top:6px\">" + SvgImage.Html(svg, $"{name}: network diagram", "nbk-network") + "</div>";
        return new MimeBundle(text).With(MimeTypes.Html, html).With(MimeTypes.Svg, svg);
    }

    internal static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
