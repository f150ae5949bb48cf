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
        Assert.Contains((string)bundle[MimeTypes.Svg], (string)bundle[MimeTypes.Html]);
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
