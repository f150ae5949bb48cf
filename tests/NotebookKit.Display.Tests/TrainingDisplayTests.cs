using System.Diagnostics;
using System.Text.Json.Nodes;
using NotebookKit.Display;
using NotebookKit.Activations;
using NotebookKit.Layers;
using NotebookKit.Losses;
using NotebookKit.Optimizers;
using NotebookKit.Training;

namespace NotebookKit.Display.Tests;

public class TrainingDisplayTests
{
    private static readonly FormatterRegistry Registry = new();

    [Fact]
    public void History_chart_has_a_trace_per_key_with_one_point_per_epoch()
    {
        var data = Models.Moons;
        var history = Models.TwoFiveOne().Fit(data.X, data.LabelColumn, epochs: 7, batchSize: 16, validationSplit: 0.25);
        var json = (JsonObject)Registry.Format(history, sink: null)[MimeTypes.Plotly];
        var traces = json["data"]!.AsArray().Select(t => t!.AsObject()).ToList();
        Assert.Equal(["accuracy", "loss", "val_accuracy", "val_loss"], traces.Select(t => t["name"]!.GetValue<string>()).Order());
        foreach (var t in traces)
        {
            string name = t["name"]!.GetValue<string>();
            Assert.Equal(Enumerable.Range(1, 7), t["x"]!.AsArray().Select(v => v!.GetValue<int>()));
            Assert.Equal(history[name], t["y"]!.AsArray().Select(v => v!.GetValue<double>()));
            // Loss curves share the left axes, metrics the right ones; validation is dashed.
            Assert.Equal(name.Contains("loss") ? "y" : "y2", t["yaxis"]!.GetValue<string>());
            Assert.Equal(name.StartsWith("val_") ? "dash" : "solid", t["line"]!["dash"]!.GetValue<string>());
        }
    }

    [Fact]
    public void History_text_lists_the_epochs()
    {
        var data = Models.Moons;
        var history = Models.TwoFiveOne().Fit(data.X, data.LabelColumn, epochs: 3, batchSize: 16);
        var lines = Registry.Format(history, sink: null).PlainText.Split('\n');
        Assert.Equal("History (3 epochs)", lines[0]);
        Assert.Equal(5, lines.Length); // header + 3 epochs
    }

    [Fact]
    public void Fit_in_a_notebook_yields_one_display_and_updates_to_it()
    {
        var sink = new FakeSink();
        var data = Models.Moons;
        using (DisplaySession.Use(sink))
            Models.TwoFiveOne().Fit(data.X, data.LabelColumn, epochs: 5, batchSize: 16);

        var withId = sink.Displays.Where(d => d.Id is not null).ToList();
        var chart = Assert.Single(withId);
        Assert.All(sink.Displays.Where(d => d.Id is null), d => Assert.Contains(PlotlyLoader.Marker, (string)d.Bundle[MimeTypes.Html]));
        Assert.NotEmpty(sink.Updates);
        Assert.All(sink.Updates, u => Assert.Equal(chart.Id, u.Id));
        var final = sink.Updates[^1].Bundle;
        var loss = ((JsonObject)final[MimeTypes.Plotly])["data"]!.AsArray().Single(t => t!["name"]!.GetValue<string>() == "loss")!;
        Assert.Equal(5, loss["y"]!.AsArray().Count);
        Assert.StartsWith("Done: 5 epochs", final.PlainText);
        Assert.NotNull(Dom.Html((string)final[MimeTypes.Html]).QuerySelector(".nbk-progress progress"));
    }

    [Fact]
    public void Updates_are_throttled_but_the_final_state_is_always_sent()
    {
        var data = Models.Moons;
        var frozen = new FakeSink();
        var frozenChart = new LiveTrainingChart(frozen, updatesPerSecond: 4, clock: () => 0);
        Models.TwoFiveOne().Fit(data.X, data.LabelColumn, epochs: 4, batchSize: 16, callbacks: [frozenChart]);
        Assert.Single(frozen.Updates); // clock never moves: only the final update

        long now = 0;
        var ticking = new FakeSink();
        var tickingChart = new LiveTrainingChart(ticking, updatesPerSecond: 4, clock: () => now += Stopwatch.Frequency);
        Models.TwoFiveOne().Fit(data.X, data.LabelColumn, epochs: 4, batchSize: 16, callbacks: [tickingChart]);
        // A second passes between calls: every batch (4 per epoch) and every epoch end sends, plus the final state.
        Assert.Equal(4 * 4 + 4 + 1, ticking.Updates.Count(u => u.Id == tickingChart.DisplayId));
    }

    [Fact]
    public void The_progress_line_names_epoch_batch_loss_and_eta()
    {
        long now = 0;
        var sink = new FakeSink();
        var chart = new LiveTrainingChart(sink, 4, () => now);
        chart.OnTrainBegin(Models.TwoFiveOne(), epochs: 10, batchesPerEpoch: 4);
        now += 2 * Stopwatch.Frequency;
        chart.OnEpochBegin(1);
        chart.OnBatchEnd(1, 1, 0.25);
        Assert.Equal("Epoch 2/10 · batch 2/4 · loss 0.2500 · 2.0 s · ETA 11.3 s", chart.ProgressLine());
    }

    [Fact]
    public void Live_decision_boundary_is_redrawn_every_few_epochs_beside_the_curves()
    {
        var sink = new FakeSink();
        var data = Models.Moons;
        var boundary = new LiveDecisionBoundary(data, every: 3, resolution: 12);
        using (DisplaySession.Use(sink))
            Models.TwoFiveOne().Fit(data.X, data.LabelColumn, epochs: 7, batchSize: 32, callbacks: [boundary]);
        Assert.Equal(3, boundary.Redraws); // epochs 0, 3, 6
        var figure = (JsonObject)sink.Updates[^1].Bundle[MimeTypes.Plotly];
        var heat = figure["data"]!.AsArray().Single(t => t!["type"]!.GetValue<string>() == "heatmap")!;
        Assert.Equal("x3", heat["xaxis"]!.GetValue<string>());
        Assert.Equal(12, heat["z"]!.AsArray().Count);
        Assert.Single(sink.Displays, d => d.Id is not null);
    }

    [Fact]
    public void A_decision_boundary_shows_the_grid_and_every_point_by_class()
    {
        var data = Models.Moons;
        var model = Models.TwoFiveOne();
        model.Fit(data.X, data.LabelColumn, epochs: 2);
        var json = (JsonObject)Registry.Format(new DecisionBoundary(model, data, resolution: 10), sink: null)[MimeTypes.Plotly];
        var points = json["data"]!.AsArray().Where(t => t!["type"]!.GetValue<string>() == "scatter").ToList();
        Assert.Equal(2, points.Count);
        Assert.Equal(data.Count, points.Sum(p => p!["x"]!.AsArray().Count));
        var ex = Assert.Throws<ArgumentException>(() => new DecisionBoundary(model, MathNet.Numerics.LinearAlgebra.Matrix<float>.Build.Dense(3, 4), [0, 1, 0]));
        Assert.Contains("X has 4 columns, expected 2", ex.Message);
    }
}

[Collection(ConsoleCollection.Name)]
public class ConsoleProgressTests
{
    [Fact]
    public void Outside_a_notebook_Fit_prints_a_line_per_epoch()
    {
        var writer = new StringWriter();
        var data = Models.Moons;
        Models.TwoFiveOne().Fit(data.X, data.LabelColumn, epochs: 3, batchSize: 16, callbacks: [new ConsoleProgressBar(writer, interactive: true)]);
        string text = writer.ToString();
        Assert.Contains("[", text);
        Assert.Contains("batch 4/4", text);
        Assert.Equal(3, text.Split('\n').Count(l => l.Contains("Epoch ") && l.Contains("loss")));
    }

    [Fact]
    public void A_double_model_and_a_generic_float_model_get_the_live_chart_and_the_boundary()
    {
        var data = Models.Moons;
        var asDouble = new Sequential<double>(new Dense<double>(5, inputs: 2, activation: Activation.ReLU), new Dense<double>(1, activation: Activation.Sigmoid));
        var asGenericFloat = new Sequential<float>(new Dense(5, inputs: 2, activation: Activation.ReLU), new Dense(1, activation: Activation.Sigmoid));
        asDouble.Compile(new Adam(learningRate: 0.05), Loss.BinaryCrossEntropy);
        asGenericFloat.Compile(new Adam(learningRate: 0.05), Loss.BinaryCrossEntropy);
        var doubleSink = new FakeSink();
        var floatSink = new FakeSink();
        var boundary = new LiveDecisionBoundary(data, every: 1);

        using (DisplaySession.Use(doubleSink))
            asDouble.Fit(data.X.Map(v => (double)v), data.LabelColumn.Map(v => (double)v), epochs: 3, batchSize: 16, callbacks: [boundary]);
        using (DisplaySession.Use(floatSink))
            asGenericFloat.Fit(data.X, data.LabelColumn, epochs: 3, batchSize: 16);

        foreach (var sink in new[] { doubleSink, floatSink })
        {
            var final = sink.Updates[^1].Bundle;
            Assert.StartsWith("Done: 3 epochs", final.PlainText);
            var loss = ((JsonObject)final[MimeTypes.Plotly])["data"]!.AsArray().Single(t => t!["name"]!.GetValue<string>() == "loss")!;
            Assert.Equal(3, loss["y"]!.AsArray().Count);
        }
        Assert.Equal(3, boundary.Redraws);
        Assert.Equal("x3", ((JsonObject)doubleSink.Updates[^1].Bundle[MimeTypes.Plotly])["data"]!.AsArray()[^1]!["xaxis"]!.GetValue<string>());
    }

    [Fact]
    public void A_display_scope_gives_fit_a_live_chart_there_and_a_console_program_can_ask_for_a_bar()
    {
        var sink = new FakeSink();
        var boundary = new LiveDecisionBoundary(Models.Moons);
        Callback? inNotebook, onConsole;
        using (DisplaySession.Use(sink))
            inNotebook = TrainingContext.Current.Progress!(Models.TwoFiveOne(), [boundary]);
        var afterNotebook = TrainingContext.Current.Progress;
        using (TrainingDisplay.Use())
            onConsole = TrainingContext.Current.Progress!(Models.TwoFiveOne(), []);

        Assert.Same(boundary, Assert.IsType<LiveTrainingChart>(inNotebook).Boundary);
        Assert.Null(afterNotebook);
        Assert.IsType<ConsoleProgressBar>(onConsole);
        Assert.Same(TrainingContext.None, TrainingContext.Current);
    }
}
