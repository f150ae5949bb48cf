using NotebookKit.Layers;
using NotebookKit.Localization;

namespace NotebookKit.Display.Formatters;

/// <summary>One layer: its summary row (shapes, parameters) and, for a built dense layer, its neurons and weights.</summary>
internal sealed class LayerFormatter : IObjectFormatter
{
    public Type Type => typeof(Layer);

    public MimeBundle Format(object value, FormatContext context)
    {
        var layer = (Layer)value;
        var table = new HtmlTable("nbk-summary").Caption(layer.Name)
            .Header(KitText.Get("Summary_Configuration"), KitText.Get("Summary_InputShape"), KitText.Get("Summary_OutputShape"), KitText.Get("Summary_Params"))
            .Row(null, [layer.Describe(), layer.InputShape?.ToString() ?? "?", layer.OutputShape?.ToString() ?? "?", SequentialFormatter.Count(layer.ParameterCount)]);
        string html = table.ToString();
        var columns = layer switch
        {
            Dense<float> d => LayerDiagram.Columns<float>([d], d.InputShape),
            Dense<double> d => LayerDiagram.Columns<double>([d], d.InputShape),
            _ => null,
        };
        if (columns is null) return new MimeBundle(layer.ToString()).With(MimeTypes.Html, html);
        // The diagram goes into the HTML as an <img>, not inline SVG, so an untrusted Notebook still shows a picture.
        string svg = NetworkDiagram.Render(columns);
        string image = SvgImage.Html(svg, $"{layer.Describe()}: network diagram", "nbk-network");
        return new MimeBundle(layer.ToString()).With(MimeTypes.Html, html + image).With(MimeTypes.Svg, svg);
    }
}
