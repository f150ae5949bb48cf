using NotebookKit.Display;
using NotebookKit.Jupyter.Execution;
using NotebookKit.Jupyter.Tests.Kernel;

namespace NotebookKit.Jupyter.Tests.Execution;

/// <summary>
/// The interpreter hands each cell's finished outputs through the one port it is given: printed text, displays and
/// the formatted value, in the order the cell made them, to that cell's port and no other.
/// </summary>
[Collection(InProcessKernelCollection.Name)]
public sealed class CellOutputTests(InterpreterFixture fixture)
{
    private readonly CSharpInterpreter _interpreter = fixture.Interpreter;

    [Fact]
    public void Printed_text_displays_and_the_value_reach_the_port_in_the_order_the_cell_made_them()
    {
        var output = new RecordingOutput();

        var outcome = _interpreter.Execute("Console.Write(\"a\");\ndisplay(1);\nConsole.WriteLine(\"b\");\nConsole.Error.WriteLine(\"e\");\n6 * 7", output);

        Assert.Null(outcome.Error);
        Assert.Equal(
            [("stdout", "a"), ("display", "1"), ("stdout", "b\n"), ("stderr", "e\n"), ("result", "42")],
            output.Calls.Select(c => (c.Kind, c.Text)));
    }

    [Fact]
    public void The_interpreter_formats_the_value_with_the_kits_formatters()
    {
        var output = new RecordingOutput();

        var outcome = _interpreter.Execute("Matrix<float>.Build.Dense(2, 3, 0.5f)", output);

        var result = Assert.Single(output.Calls, c => c.Kind == "result").Bundle!;
        Assert.Contains("<table", (string)result[MimeTypes.Html]);
        Assert.Same(result, outcome.Bundle);
        Assert.True(outcome.HasValue);
    }

    [Fact]
    public void A_cell_run_without_an_output_shows_nothing_and_its_text_does_not_leak_into_the_next_cell()
    {
        var silent = _interpreter.Execute("Console.WriteLine(\"unseen\");\ndisplay(\"unseen\");\n5");
        var output = new RecordingOutput();
        _interpreter.Execute("Console.WriteLine(\"seen\");", output);

        Assert.Equal(5, silent.Value);
        Assert.Null(silent.Bundle);
        Assert.Equal([("stdout", "seen\n")], output.Calls.Select(c => (c.Kind, c.Text)));
    }

    [Fact]
    public void Each_cell_has_its_own_sink_and_one_kept_from_an_earlier_cell_shows_in_the_cell_running_now()
    {
        var first = new RecordingOutput();
        var second = new RecordingOutput();

        _interpreter.Execute("var keptSink = NotebookKit.Display.DisplaySession.Current!;", first);
        var same = _interpreter.Execute("keptSink.Update(new NotebookKit.Display.MimeBundle(\"later\"), \"kept\");\nobject.ReferenceEquals(keptSink, NotebookKit.Display.DisplaySession.Current)", second);

        Assert.True(same.Error is null, string.Join("\n", same.Error?.Traceback ?? []));
        Assert.Equal(false, same.Value);
        // nbclient and the runner read only the running request's messages: the update must come under it.
        Assert.Empty(first.Calls);
        Assert.Equal([("update", "later"), ("result", "False")], second.Calls.Select(c => (c.Kind, c.Text)));
    }

    [Fact]
    public void Console_ReadLine_asks_the_cells_port_after_the_text_printed_before_it()
    {
        var output = new RecordingOutput { Input = "Ada" };

        var outcome = _interpreter.Execute("Console.Write(\"name? \");\nvar name = Console.ReadLine();\n$\"hi {name}\"", output);

        Assert.Equal("hi Ada", outcome.Value);
        Assert.Equal([("stdout", "name? "), ("result", "hi Ada")], output.Calls.Select(c => (c.Kind, c.Text)));
    }

    [Fact]
    public void A_broken_formatter_loses_the_rich_form_but_never_the_value()
    {
        var output = new RecordingOutput();
        ExecutionOutcome outcome;
        try
        {
            _interpreter.Execute("""
                class Fragile { public override string ToString() => "fragile"; }
                NotebookKit.Display.FormatterRegistry.Default.Register<Fragile>("text/html", (Fragile f) => throw new InvalidOperationException("broken"));
                """, output);
            outcome = _interpreter.Execute("new Fragile()", output);
        }
        finally
        {
            NotebookKit.Display.FormatterRegistry.Default.ResetToDefault();
        }

        Assert.Null(outcome.Error);
        Assert.Equal("fragile", Assert.Single(output.Calls, c => c.Kind == "result").Text);
    }
}

/// <summary>What a page holds is the interpreter's (one per kernel): plotly.js goes to it once, before the first chart.</summary>
public sealed class OutputPageTests
{
    [Fact]
    public void Plotly_js_is_sent_once_per_interpreter_before_its_first_chart_and_charts_after_it_reuse_it()
    {
        var interpreter = new CSharpInterpreter(nugetCache: Path.Combine(Path.GetTempPath(), "notebookkit-test-nuget"));
        const string chart = "Plotly.NET.CSharp.Chart.Line<double, double, string>(x: new double[] { 1, 2, 3 }, y: new double[] { 3, 1, 2 }, Name: \"loss\")";
        var first = new RecordingOutput();
        var second = new RecordingOutput();

        Assert.Null(interpreter.Execute(chart, first).Error);
        Assert.Null(interpreter.Execute(chart, second).Error);

        Assert.Equal(["display", "result"], first.Calls.Select(c => c.Kind));
        Assert.Contains(PlotlyLoader.Marker, (string)first.Calls[0].Bundle![MimeTypes.Html]);
        Assert.DoesNotContain(PlotlyLoader.Marker, (string)first.Calls[1].Bundle![MimeTypes.Html]);
        Assert.Equal(["result"], second.Calls.Select(c => c.Kind));
        Assert.DoesNotContain(PlotlyLoader.Marker, (string)second.Calls[0].Bundle![MimeTypes.Html]);
    }
}
