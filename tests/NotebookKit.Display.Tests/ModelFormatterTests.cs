using System.Text.Json.Nodes;
using NotebookKit.Activations;
using NotebookKit.Display;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Training;

namespace NotebookKit.Display.Tests;

public class ModelFormatterTests
{
    private static readonly FormatterRegistry Registry = new();

    [Fact]
    public void A_2_5_1_model_diagram_has_8_neurons_and_15_weighted_edges()
    {
        var model = Models.TwoFiveOne();
        var svg = Dom.HtmlDiagram(Registry.Format(model, sink: null)).QuerySelector("svg.nbk-network")!;
        Assert.Equal(8, svg.QuerySelectorAll("circle.neuron").Length);
        Assert.Equal(2, svg.QuerySelectorAll("circle.input").Length);
        var edges = svg.QuerySelectorAll("line.edge");
        Assert.Equal(15, edges.Length);

        // Colour is the sign, width the magnitude: check against the real weights.
        var W = ((Dense)model.Layers[0]).W;
        var edge = edges.First(e => e.QuerySelector("title")!.TextContent.Contains("w[0,0]"));
        Assert.Equal(W[0, 0] >= 0 ? "#b2182b" : "#2166ac", edge.GetAttribute("stroke"));
        static double Number(string s) => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        var firstLayer = edges.Where(e => e.QuerySelector("title")!.TextContent.StartsWith("5 ·")).ToList();
        var widest = firstLayer.MaxBy(e => Number(e.GetAttribute("stroke-width")!))!;
        var largest = firstLayer.MaxBy(e => Math.Abs(Number(e.QuerySelector("title")!.TextContent.Split("= ")[1])))!;
        Assert.Same(largest, widest);
    }

    [Fact]
    public void The_summary_table_lists_layers_shapes_and_parameter_totals()
    {
        var doc = Dom.Html(Dom.Html(Registry.Format(Models.TwoFiveOne(), sink: null)));
        var rows = doc.QuerySelectorAll("table.nbk-summary tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray()).ToList();
        Assert.Equal(["Dense #1", "5", "15"], new[] { rows[0][0], rows[0][2], rows[0][3] });
        Assert.Equal(["Dense #2", "1", "6"], new[] { rows[1][0], rows[1][2], rows[1][3] });
        Assert.Equal(["Total", "21"], new[] { rows[2][0], rows[2][3] });
    }

    [Fact]
    public void Wide_layers_are_collapsed_with_an_ellipsis()
    {
        var model = new Sequential(new Dense(64, inputs: 784, activation: Activation.ReLU), new Dense(10, activation: Activation.Softmax));
        var svg = Dom.HtmlDiagram(Registry.Format(model, sink: null)).QuerySelector("svg.nbk-network")!;
        Assert.Equal(2, svg.QuerySelectorAll("text.elided").Length); // 784 and 64 collapse; 10 fits
        Assert.Equal(10 + 10 + 10, svg.QuerySelectorAll("circle.neuron").Length); // first 5 and last 5 of the wide ones
        Assert.Equal(10 * 10 + 10 * 10, svg.QuerySelectorAll("line.edge").Length);
    }

    [Fact]
    public void A_model_without_a_known_input_shape_still_shows_its_summary()
    {
        var bundle = Registry.Format(new Sequential(new Dense(3), new Dense(1)), sink: null);
        var doc = Dom.Html(Dom.Html(bundle));
        Assert.Null(doc.QuerySelector("svg, img"));
        Assert.DoesNotContain(MimeTypes.Svg, bundle.Keys);
        Assert.Contains("not built", doc.QuerySelector("caption")!.TextContent);
    }

    [Fact]
    public void A_single_dense_layer_shows_its_neurons()
    {
        var layer = new Dense(3, inputs: 4);
        layer.Build(new Shape(4));
        var svg = Dom.HtmlDiagram(Registry.Format(layer, sink: null)).QuerySelector("svg")!;
        Assert.Equal(7, svg.QuerySelectorAll("circle.neuron").Length);
        Assert.Equal(12, svg.QuerySelectorAll("line.edge").Length);
    }

    [Fact]
    public void A_neuron_draws_inputs_weights_sum_activation_and_output()
    {
        var neuron = new Neuron([0.5, -1.25, 2], bias: 0.1, activation: Activation.ReLU);
        var bundle = Registry.Format(neuron, sink: null);
        var svg = Dom.Html((string)bundle[MimeTypes.Svg]).QuerySelector("svg.nbk-neuron")!;
        Assert.Equal(3, svg.QuerySelectorAll("circle.input").Length);
        var weights = svg.QuerySelectorAll("line.weight");
        Assert.Equal(["w1 = 0.5", "w2 = -1.25", "w3 = 2"], weights.Select(w => w.QuerySelector("title")!.TextContent));
        Assert.Equal("#2166ac", weights[1].GetAttribute("stroke"));
        Assert.NotNull(svg.QuerySelector("circle.sum"));
        Assert.Contains("b = 0.1", svg.QuerySelector("text.bias")!.TextContent);
        Assert.NotNull(svg.QuerySelector("rect.activation"));
        Assert.Contains("ReLU", svg.TextContent);
        Assert.Contains("a = f(z)", svg.QuerySelector("text.output")!.TextContent);
    }

    [Fact]
    public void An_activation_plots_f_and_its_derivative()
    {
        var json = (JsonObject)Registry.Format(Activation.Sigmoid, sink: null)[MimeTypes.Plotly];
        var traces = json["data"]!.AsArray();
        Assert.Equal(["f(z)", "f′(z)"], traces.Select(t => t!["name"]!.GetValue<string>()));
        var z = traces[0]!["x"]!.AsArray().Select(v => v!.GetValue<double>()).ToList();
        int zero = z.FindIndex(v => Math.Abs(v) < 1e-9);
        Assert.Equal(0.5, traces[0]!["y"]![zero]!.GetValue<double>(), 6);
        Assert.Equal(0.25, traces[1]!["y"]![zero]!.GetValue<double>(), 6);
    }

    [Fact]
    public void A_loss_plots_its_value_and_gradient_for_both_targets()
    {
        var json = (JsonObject)Registry.Format(Loss.BinaryCrossEntropy, sink: null)[MimeTypes.Plotly];
        var traces = json["data"]!.AsArray();
        Assert.Equal(4, traces.Count);
        var x = traces[0]!["x"]!.AsArray().Select(v => v!.GetValue<double>()).ToList();
        var y = traces[0]!["y"]!.AsArray().Select(v => v!.GetValue<double>()).ToList();
        Assert.All(x, v => Assert.InRange(v, 0, 1));
        Assert.True(y[0] > y[^1], "for y = 1 the loss falls as ŷ → 1");
        Assert.Equal(-Math.Log(x[^1]), y[^1], 4);
    }
}
