using System.Xml.Linq;
using NotebookKit;
using NotebookKit.Activations;
using NotebookKit.Display;
using NotebookKit.Layers;
using NotebookKit.Training;

namespace NotebookKit.Display.Tests;

/// <summary>Outputs that survive front ends which sanitize HTML (an untrusted classic Notebook, GitHub).</summary>
public class FrontEndSafeOutputTests
{
    private static readonly FormatterRegistry Registry = new();

    [Fact]
    public void A_models_network_diagram_also_goes_out_as_standalone_svg()
    {
        var bundle = Registry.Format(Models.TwoFiveOne(), sink: null);

        var svg = XDocument.Parse((string)bundle[MimeTypes.Svg]).Root!;
        Assert.Equal("{http://www.w3.org/2000/svg}svg", svg.Name.ToString());
        Assert.Equal(2 + 5 + 1, svg.Descendants("{http://www.w3.org/2000/svg}circle").Count());
    }

    public static TheoryData<string> Diagrams => ["model", "dense layer", "neuron"];

    // Classic Notebook and JupyterLab show text/html before image/svg+xml, and an untrusted notebook's sanitizer
    // strips inline <svg> to a wall of text. So the HTML must hold no <svg> element, only an <img> of the same SVG.
    [Theory]
    [MemberData(nameof(Diagrams))]
    public void The_html_shows_the_diagram_as_an_image_a_sanitizer_keeps(string what)
    {
        var layer = new Dense(3, inputs: 4);
        layer.Build(new Shape(4));
        object value = what switch
        {
            "model" => Models.TwoFiveOne(),
            "dense layer" => layer,
            _ => new Neuron([0.5, -1.25], bias: 0.1, activation: Activation.ReLU),
        };
        var bundle = Registry.Format(value, sink: null);

        var html = Dom.Html(Dom.Html(bundle));
        Assert.Empty(html.QuerySelectorAll("svg"));
        Assert.Equal((string)bundle[MimeTypes.Svg], Dom.ImageSvg(bundle));
        Assert.False(string.IsNullOrWhiteSpace(html.QuerySelector("img")!.GetAttribute("alt")));
    }

    [Fact]
    public void The_model_summary_table_stays_html_beside_the_diagram_image()
    {
        var html = Dom.Html(Dom.Html(Registry.Format(Models.TwoFiveOne(), sink: null)));

        Assert.Equal(3, html.QuerySelectorAll("table.nbk-summary tbody tr").Length);
        Assert.NotNull(html.QuerySelector("div.nbk-diagram > img.nbk-network"));
    }

    [Fact]
    public void A_dense_layers_diagram_also_goes_out_as_svg()
    {
        var layer = new Dense(3, inputs: 4);
        layer.Build(new Shape(4));
        var bundle = Registry.Format(layer, sink: null);

        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", (string)bundle[MimeTypes.Svg]);
    }

    [Fact]
    public void The_plotly_fallback_note_tells_how_to_trust_the_notebook()
    {
        var bundle = Registry.Format(Plotly.NET.CSharp.Chart.Line<int, int, string>(x: [1, 2], y: [3, 4]), sink: null);

        Assert.Contains("File ▸ Trust Notebook", (string)bundle[MimeTypes.Html]);
    }
}
