using System.Text.Json.Nodes;
using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Localization;
using NotebookKit.Training;

namespace NotebookKit.Display;

/// <summary>
/// A 2-D classifier's view of the plane (TensorFlow Playground's picture): the model's prediction over a grid,
/// shaded, with the data points on top coloured by their true class. Display it, or let
/// <see cref="LiveDecisionBoundary"/> redraw it during <c>Fit</c>. The predictions are computed when it is
/// created: it is a snapshot of the model at that moment.
/// </summary>
public sealed class DecisionBoundary
{
    private static readonly string[] ClassColors = ["#2166ac", "#b2182b", "#1b7837", "#762a83", "#e08214", "#35978f", "#c51b7d", "#8c510a"];

    public DecisionBoundary(IModel model, Matrix<float> X, int[] labels, int resolution = 60)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
        DecisionBoundaryInput.Check(X, labels, resolution);
        this.X = X;
        Labels = labels;
        Resolution = resolution;
        _grid = Grid();
    }

    private readonly (double[] Xs, double[] Ys, double[][] Z, bool Binary) _grid;

    public DecisionBoundary(IModel model, Data.Dataset data, int resolution = 60)
        : this(model, (data ?? throw new ArgumentNullException(nameof(data))).X, data.Labels, resolution)
    {
    }

    public IModel Model { get; }
    public Matrix<float> X { get; }
    public int[] Labels { get; }
    public int Resolution { get; }

    /// <summary>The figure on its own.</summary>
    public PlotlyFigure ToFigure()
    {
        var figure = new PlotlyFigure([], new JsonObject
        {
            ["title"] = Json.Title(KitText.Get("Chart_DecisionBoundary")),
            ["height"] = 420,
            ["width"] = 480,
            ["margin"] = new JsonObject { ["l"] = 50, ["r"] = 20, ["t"] = 50, ["b"] = 40 },
            ["xaxis"] = Json.Axis("x₁"),
            ["yaxis"] = Json.Axis("x₂", anchor: "x"),
        });
        AddTraces(figure.Data, "x", "y");
        return figure;
    }

    /// <summary>The shaded prediction grid and the points, on the given axes.</summary>
    internal void AddTraces(JsonArray data, string xaxis, string yaxis)
    {
        var (xs, ys, z, binary) = _grid;
        data.Add(new JsonObject
        {
            ["type"] = "heatmap",
            ["name"] = KitText.Get("Chart_Prediction"),
            ["x"] = Json.Numbers(xs),
            ["y"] = Json.Numbers(ys),
            ["z"] = new JsonArray([.. z.Select(row => (JsonNode)Json.Numbers(row))]),
            ["zmin"] = 0,
            ["zmax"] = binary ? 1 : Math.Max(1, Classes - 1),
            ["colorscale"] = binary
                ? new JsonArray(new JsonArray(0, ClassColors[0]), new JsonArray(0.5, "#f7f7f7"), new JsonArray(1, ClassColors[1]))
                : new JsonArray([.. Enumerable.Range(0, Classes).Select(c => (JsonNode)new JsonArray((double)c / Math.Max(1, Classes - 1), ClassColors[c % ClassColors.Length]))]),
            ["opacity"] = 0.45,
            ["showscale"] = false,
            ["hoverinfo"] = "skip",
            ["xaxis"] = xaxis,
            ["yaxis"] = yaxis,
        });
        for (int c = 0; c < Classes; c++)
        {
            var rows = Enumerable.Range(0, X.RowCount).Where(i => Labels[i] == c).ToList();
            data.Add(new JsonObject
            {
                ["type"] = "scatter",
                ["mode"] = "markers",
                ["name"] = KitText.Format("Chart_Class", c),
                ["x"] = Json.Numbers(rows.Select(i => (double)X[i, 0])),
                ["y"] = Json.Numbers(rows.Select(i => (double)X[i, 1])),
                ["marker"] = new JsonObject { ["color"] = ClassColors[c % ClassColors.Length], ["size"] = 6, ["line"] = new JsonObject { ["color"] = "#fff", ["width"] = 0.5 } },
                ["xaxis"] = xaxis,
                ["yaxis"] = yaxis,
            });
        }
    }

    private int Classes => Math.Max(2, Labels.Length == 0 ? 2 : Labels.Max() + 1);

    /// <summary>
    /// The model's output on a Resolution² grid over the data (10% margin): for one sigmoid output the probability
    /// of class 1, else the argmax class.
    /// </summary>
    private (double[] Xs, double[] Ys, double[][] Z, bool Binary) Grid()
    {
        double[] Axis(int c)
        {
            double lo = X.Column(c).Minimum(), hi = X.Column(c).Maximum(), pad = Math.Max(1e-6, (hi - lo) * 0.1);
            return [.. Enumerable.Range(0, Resolution).Select(i => lo - pad + (hi - lo + 2 * pad) * i / (Resolution - 1))];
        }
        double[] xs = Axis(0), ys = Axis(1);
        var points = Matrix<float>.Build.Dense(Resolution * Resolution, 2, (r, c) => (float)(c == 0 ? xs[r % Resolution] : ys[r / Resolution]));
        var output = Model.Predict(points);
        bool binary = output.ColumnCount == 1;
        var z = new double[Resolution][];
        for (int j = 0; j < Resolution; j++)
        {
            z[j] = new double[Resolution];
            for (int i = 0; i < Resolution; i++)
            {
                int r = j * Resolution + i;
                z[j][i] = binary ? output[r, 0] : ArgMax(output, r);
            }
        }
        return (xs, ys, z, binary);
    }

    private static int ArgMax(Matrix<float> m, int row)
    {
        int best = 0;
        for (int c = 1; c < m.ColumnCount; c++) if (m[row, c] > m[row, best]) best = c;
        return best;
    }
}
