using System.Text.Json.Nodes;
using NotebookKit.Jupyter.Notebooks;
using NotebookKit.Jupyter.Runner;

namespace NotebookKit.Jupyter.Tests.Runner;

public sealed class OutputRecorderTests
{
    private static JsonObject Display(string text, string? id = null)
    {
        var content = new JsonObject { ["data"] = new JsonObject { ["text/plain"] = text }, ["metadata"] = new JsonObject() };
        if (id is not null)
            content["transient"] = new JsonObject { ["display_id"] = id };
        return content;
    }

    private static JsonObject Stream(string name, string text) => new() { ["name"] = name, ["text"] = text };

    [Fact]
    public void Consecutive_streams_of_one_name_merge_and_carriage_returns_overwrite()
    {
        var cell = NotebookCell.CreateCode("x");
        var recorder = new OutputRecorder();
        recorder.BeginCell(cell);
        recorder.Handle("execute_input", new JsonObject { ["code"] = "x", ["execution_count"] = 4 });
        recorder.Handle("stream", Stream("stdout", "a\n"));
        recorder.Handle("stream", Stream("stdout", "progress 10%\rprogress 100%\n"));
        recorder.Handle("stream", Stream("stderr", "warn\n"));
        recorder.Handle("stream", Stream("stdout", "b\n"));
        recorder.EndCell();

        Assert.Equal(4, cell.ExecutionCount);
        Assert.Equal([("stdout", "a\nprogress 100%\n"), ("stderr", "warn\n"), ("stdout", "b\n")], cell.Outputs.Select(o => (o.Name!, o.Text!)));
    }

    [Fact]
    public void Update_display_data_rewrites_the_earlier_output_with_that_id_even_in_an_earlier_cell()
    {
        var first = NotebookCell.CreateCode("var h = display(1);");
        var second = NotebookCell.CreateCode("h.Update(2);");
        var recorder = new OutputRecorder();
        recorder.BeginCell(first);
        recorder.Handle("display_data", Display("1", "d1"));
        recorder.Handle("display_data", Display("other"));
        recorder.EndCell();
        recorder.BeginCell(second);
        recorder.Handle("update_display_data", Display("2", "d1"));
        recorder.EndCell();

        Assert.Equal(["2", "other"], first.Outputs.Select(o => o.GetText("text/plain")));
        Assert.Empty(second.Outputs);
    }

    [Fact]
    public void Clear_output_clears_now_or_before_the_next_output_with_wait()
    {
        var cell = NotebookCell.CreateCode("x");
        var recorder = new OutputRecorder();
        recorder.BeginCell(cell);
        recorder.Handle("stream", Stream("stdout", "one\n"));
        recorder.Handle("clear_output", new JsonObject { ["wait"] = false });
        recorder.Handle("stream", Stream("stdout", "two\n"));
        recorder.Handle("clear_output", new JsonObject { ["wait"] = true });
        Assert.Single(cell.Outputs);
        recorder.Handle("display_data", Display("three"));
        recorder.Handle("execute_result", new JsonObject { ["data"] = new JsonObject { ["text/plain"] = "4" }, ["metadata"] = new JsonObject(), ["execution_count"] = 9 });
        recorder.Handle("error", new JsonObject { ["ename"] = "E", ["evalue"] = "v", ["traceback"] = new JsonArray("t1") });
        recorder.EndCell();

        Assert.Equal([NotebookOutput.DisplayData, NotebookOutput.ExecuteResult, NotebookOutput.Error], cell.Outputs.Select(o => o.OutputType));
        Assert.Equal(9, cell.ExecutionCount);
        Assert.Equal(["t1"], cell.Outputs[2].Traceback);
    }

    [Fact]
    public void A_cleared_display_is_no_longer_updated()
    {
        var cell = NotebookCell.CreateCode("x");
        var recorder = new OutputRecorder();
        recorder.BeginCell(cell);
        recorder.Handle("display_data", Display("old", "d"));
        recorder.Handle("clear_output", new JsonObject { ["wait"] = false });
        recorder.Handle("display_data", Display("plain"));
        recorder.Handle("update_display_data", Display("new", "d"));
        recorder.EndCell();

        Assert.Equal(["plain"], cell.Outputs.Select(o => o.GetText("text/plain")));
    }
}
