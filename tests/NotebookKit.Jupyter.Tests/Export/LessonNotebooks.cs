using System.Text.Json.Nodes;
using NotebookKit.Jupyter.Export;
using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Jupyter.Tests.Export;

/// <summary>Small lesson notebooks that between them carry every kind of output a handout must show.</summary>
public static class LessonNotebooks
{
    // A 1×1 red PNG.
    public const string Png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";

    public static Notebook Intro()
    {
        var notebook = Notebook.Create();
        notebook.Cells.Add(NotebookCell.CreateMarkdown("# Neurons\n\nA neuron computes $z = w \\cdot x + b$ and then $a = \\sigma(z)$.\n\n## The sum\n\nSee the cell below."));
        var code = NotebookCell.CreateCode("// weighted sum\nvar z = 0.5 * 2 + 1;\nConsole.WriteLine($\"z = {z}\");");
        code.ExecutionCount = 1;
        code.Outputs.Add(NotebookOutput.CreateStream("stdout", "z = 2\n"));
        notebook.Cells.Add(code);
        return notebook;
    }

    public static Notebook Charts()
    {
        var notebook = Notebook.Create();
        notebook.Metadata["kernelspec"] = new JsonObject { ["name"] = "notebookkit", ["language"] = "csharp", ["display_name"] = "C# (NotebookKit)" };
        notebook.Cells.Add(NotebookCell.CreateMarkdown(
            "# Charts and math\n\nThe sigmoid is $\\sigma(z) = \\frac{1}{1+e^{-z}}$.\n\n$$\\frac{\\partial L}{\\partial W} = X^\\top \\delta$$\n\n## Training curves\n\nText with a [link](#training-curves).\n\n### Details"));
        var code = NotebookCell.CreateCode("#r \"nuget: Plotly.NET, 6.0.0\"\nusing Plotly.NET;\nvar history = model.Fit(x, y, epochs: 3); // train\nhistory");
        code.ExecutionCount = 7;
        code.Outputs.Add(NotebookOutput.CreateStream("stdout", "epoch 1 <loss>\n"));
        code.Outputs.Add(NotebookOutput.CreateStream("stderr", "\u001b[33mwarning\u001b[0m: slow\n"));
        code.Outputs.Add(NotebookOutput.CreateDisplayData(new JsonObject { ["text/plain"] = "<b>", ["text/html"] = "<b class=\"from-html\">bold output</b>" }));
        code.Outputs.Add(NotebookOutput.CreateDisplayData(new JsonObject { ["text/plain"] = "svg", ["image/svg+xml"] = "<svg class=\"from-svg\" xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><circle r=\"4\" cx=\"5\" cy=\"5\"/></svg>" }));
        code.Outputs.Add(NotebookOutput.CreateDisplayData(new JsonObject { ["text/plain"] = "png", ["image/png"] = Png }, new JsonObject { ["image/png"] = new JsonObject { ["width"] = 20 } }));
        code.Outputs.Add(NotebookOutput.CreateDisplayData(new JsonObject { ["text/plain"] = "md", ["text/markdown"] = "**from markdown** with $x^2$" }));
        code.Outputs.Add(NotebookOutput.CreateDisplayData(new JsonObject
        {
            ["text/plain"] = "Chart: loss",
            ["text/html"] = "<div>html fallback that must not be used</div>",
            [OutputRenderer.PlotlyMime] = new JsonObject
            {
                ["data"] = new JsonArray(new JsonObject { ["type"] = "scatter", ["x"] = new JsonArray(1, 2, 3), ["y"] = new JsonArray(0.9, 0.5, 0.3), ["name"] = "loss" }),
                ["layout"] = new JsonObject { ["title"] = new JsonObject { ["text"] = "loss </script> per epoch" } },
            },
        }));
        // A chart as Plotly.NET's own HTML (script that fetches plotly.js from the CDN) …
        var chart = Plotly.NET.CSharp.Chart.Line<int, double, string>(x: [1, 2, 3], y: [0.2, 0.6, 0.8]);
        code.Outputs.Add(NotebookOutput.CreateDisplayData(new JsonObject { ["text/plain"] = "GenericChart", ["text/html"] = Plotly.NET.GenericChart.toChartHTML(chart) }));
        // … and plotly.py-style global init: an HTML output carrying the whole plotly.js bundle.
        code.Outputs.Add(NotebookOutput.CreateDisplayData(new JsonObject { ["text/plain"] = "init", ["text/html"] = "<script type=\"text/javascript\">" + HandoutAssets.PlotlyJs + "</script>" }));
        // … and the display part's once-per-session loader (plotly.js hidden from AMD inside a function).
        code.Outputs.Add(NotebookOutput.CreateDisplayData(new JsonObject
        {
            ["text/plain"] = "plotly.js 2.28.0 loaded for offline charts",
            ["text/html"] = "<script type=\"text/javascript\" class=\"nbk-plotly-loader\">\n(function (define, module, exports) {\nif (window.Plotly) { return; }\n" + HandoutAssets.PlotlyJs + "\n}).call(window);\n</script>",
        }));
        code.Outputs.Add(NotebookOutput.CreateExecuteResult(7, new JsonObject { ["text/plain"] = "History(epochs: 3)" }));
        code.Outputs.Add(NotebookOutput.CreateError("InvalidOperationException", "Dense(64) expected 784 inputs, got 28",
            ["\u001b[31mInvalidOperationException\u001b[0m: Dense(64) expected 784 inputs, got 28", "   at Submission#3 line 2"]));
        notebook.Cells.Add(code);
        notebook.Cells.Add(NotebookCell.CreateMarkdown("## Summary\n\n| a | b |\n|---|---|\n| 1 | 2 |"));
        return notebook;
    }

    public static Notebook Exercises()
    {
        var notebook = Notebook.Create();
        notebook.Cells.Add(NotebookCell.CreateMarkdown("# Exercises\n\nTry it."));
        return notebook;
    }
}
