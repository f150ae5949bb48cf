using System.Text;
using NotebookKit.Activations;

namespace NotebookKit.Display.Formatters;

/// <summary>
/// A <see cref="Neuron"/> as a picture of its formula: inputs xᵢ, each weight wᵢ on its line (colour = sign,
/// width = magnitude), the sum Σ with the bias b, the activation f drawn as its curve, and the output a.
/// </summary>
internal sealed class NeuronFormatter : ObjectFormatter<Neuron>
{
    private const int MaxInputs = 8;

    protected override MimeBundle Format(Neuron value, FormatContext context)
    {
        string svg = Render(value);
        string text = value + $"\n  a = {value.Activation.Name}(" +
            string.Join(" + ", value.Weights.Take(MaxInputs).Select((w, i) => $"{Svg.W(w)}·x{i + 1}")) +
            (value.Inputs > MaxInputs ? " + …" : "") + $" + {Svg.W(value.Bias)})";
        // An <img>, not inline SVG, in the HTML: an untrusted Notebook strips inline SVG to text.
        return new MimeBundle(text).With(MimeTypes.Svg, svg).With(MimeTypes.Html, SvgImage.Html(svg, value.ToString(), "nbk-neuron"));
    }

    internal static string Render(Neuron neuron)
    {
        int[] shown = ShadedGrid.Shown(neuron.Inputs, MaxInputs);
        const double gap = 40, top = 24, sumX = 250, boxX = 330, boxW = 90, boxH = 60;
        double height = Math.Max(150, top * 2 + shown.Length * gap), mid = height / 2;
        double Y(int slot) => top + (height - 2 * top - shown.Length * gap) / 2 + slot * gap + gap / 2;
        double max = neuron.Weights.Max(Math.Abs);

        var sb = new StringBuilder($"{Svg.Open} class=\"nbk-neuron\" width=\"560\" height=\"{Svg.N(height)}\" viewBox=\"0 0 560 {Svg.N(height)}\" {Svg.Font}>");
        sb.Append("<defs><marker id=\"nbk-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#374151\"/></marker></defs>");
        for (int s = 0; s < shown.Length; s++)
        {
            int i = shown[s];
            double y = Y(s);
            if (i < 0)
            {
                sb.Append($"<text class=\"elided\" x=\"40\" y=\"{Svg.N(y + 5)}\" text-anchor=\"middle\" font-size=\"16\">⋮</text>");
                continue;
            }
            double w = neuron.Weights[i], t = max == 0 ? 0 : Math.Abs(w) / max;
            sb.Append($"<line class=\"weight\" x1=\"54\" y1=\"{Svg.N(y)}\" x2=\"{sumX - 24}\" y2=\"{Svg.N(mid)}\" stroke=\"{ColorScale.Sign(w)}\" stroke-width=\"{Svg.N(0.8 + 3.2 * t)}\"><title>w{i + 1} = {ValueText.Number(w)}</title></line>");
            sb.Append($"<text x=\"{Svg.N(54 + (sumX - 78) * 0.35)}\" y=\"{Svg.N(y + (mid - y) * 0.35 - 5)}\" fill=\"{ColorScale.Sign(w)}\">w{i + 1} = {Svg.W(w)}</text>");
            sb.Append($"<circle class=\"input\" cx=\"40\" cy=\"{Svg.N(y)}\" r=\"14\" fill=\"#f3f4f6\" stroke=\"#374151\"/>");
            sb.Append($"<text x=\"40\" y=\"{Svg.N(y + 4)}\" text-anchor=\"middle\">x{i + 1}</text>");
        }
        sb.Append($"<circle class=\"sum\" cx=\"{sumX}\" cy=\"{Svg.N(mid)}\" r=\"24\" fill=\"#fff\" stroke=\"#374151\" stroke-width=\"1.5\"/>");
        sb.Append($"<text x=\"{sumX}\" y=\"{Svg.N(mid + 7)}\" text-anchor=\"middle\" font-size=\"20\">Σ</text>");
        sb.Append($"<text class=\"bias\" x=\"{sumX}\" y=\"{Svg.N(mid + 42)}\" text-anchor=\"middle\">+ b = {Svg.W(neuron.Bias)}</text>");
        sb.Append($"<line x1=\"{sumX + 24}\" y1=\"{Svg.N(mid)}\" x2=\"{boxX - 2}\" y2=\"{Svg.N(mid)}\" stroke=\"#374151\" marker-end=\"url(#nbk-arrow)\"/>");
        sb.Append($"<text x=\"{(sumX + boxX) / 2}\" y=\"{Svg.N(mid - 6)}\" text-anchor=\"middle\">z</text>");
        sb.Append($"<rect class=\"activation\" x=\"{boxX}\" y=\"{Svg.N(mid - boxH / 2)}\" width=\"{boxW}\" height=\"{boxH}\" rx=\"6\" fill=\"#fff\" stroke=\"#374151\" stroke-width=\"1.5\"/>");
        sb.Append($"<path class=\"curve\" d=\"{Curve(neuron.Activation, boxX + 8, mid - boxH / 2 + 8, boxW - 16, boxH - 16)}\" fill=\"none\" stroke=\"#b2182b\" stroke-width=\"1.8\"/>");
        sb.Append($"<text x=\"{boxX + boxW / 2}\" y=\"{Svg.N(mid - boxH / 2 - 6)}\" text-anchor=\"middle\">{Svg.Text(neuron.Activation.Name)}</text>");
        sb.Append($"<line x1=\"{boxX + boxW}\" y1=\"{Svg.N(mid)}\" x2=\"{boxX + boxW + 50}\" y2=\"{Svg.N(mid)}\" stroke=\"#374151\" marker-end=\"url(#nbk-arrow)\"/>");
        sb.Append($"<text class=\"output\" x=\"{boxX + boxW + 56}\" y=\"{Svg.N(mid + 4)}\">a = f(z)</text>");
        return sb.Append("</svg>").ToString();
    }

    /// <summary>f on z ∈ [−4, 4], scaled into the box: the activation recognisable at a glance.</summary>
    private static string Curve(Activation f, double x, double y, double w, double h)
    {
        const int steps = 40;
        var values = Enumerable.Range(0, steps + 1).Select(k => SafeApply(f, -4 + 8.0 * k / steps)).ToArray();
        double lo = values.Where(double.IsFinite).DefaultIfEmpty(0).Min(), hi = values.Where(double.IsFinite).DefaultIfEmpty(1).Max();
        if (hi - lo < 1e-9) { lo -= 1; hi += 1; }
        var path = new StringBuilder();
        for (int k = 0; k <= steps; k++)
        {
            double px = x + w * k / steps, py = y + h - h * (values[k] - lo) / (hi - lo);
            path.Append(k == 0 ? "M" : " L").Append(Svg.N(px)).Append(',').Append(Svg.N(double.IsFinite(py) ? py : y + h));
        }
        return path.ToString();
    }

    private static double SafeApply(Activation f, double z)
    {
        try { return f.Apply(z); }
        catch (NotSupportedException) { return double.NaN; }
        catch (InvalidOperationException) { return double.NaN; }
    }
}
