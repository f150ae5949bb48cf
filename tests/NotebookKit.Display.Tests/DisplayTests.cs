using NotebookKit.Display;

namespace NotebookKit.Display.Tests;

public class DisplayTests
{
    [Fact]
    public void Display_then_update_go_to_the_sink_under_one_display_id()
    {
        var sink = new FakeSink();
        using (DisplaySession.Use(sink))
        {
            var handle = NotebookGlobals.display(HtmlOf("first"));
            handle.Update(HtmlOf("second"));
            handle.Update(HtmlOf("third"));
        }
        var (bundle, id) = Assert.Single(sink.Displays);
        Assert.NotNull(id);
        Assert.Equal("first", bundle.PlainText);
        Assert.Equal(2, sink.Updates.Count);
        Assert.All(sink.Updates, u => Assert.Equal(id, u.Id));
        Assert.Equal("<b>third</b>", sink.Updates[^1].Bundle[MimeTypes.Html]);
    }

    private static HtmlContent HtmlOf(string text) => NotebookGlobals.HTML($"<b>{text}</b>");

    [Fact]
    public void Display_extension_and_markdown_and_clear_output_reach_the_sink()
    {
        var sink = new FakeSink();
        using (DisplaySession.Use(sink))
        {
            NotebookGlobals.Markdown("**hi**").Display();
            NotebookGlobals.ClearOutput(wait: true);
        }
        Assert.Equal("**hi**", sink.Displays[0].Bundle[MimeTypes.Markdown]);
        Assert.Equal([true], sink.Clears);
    }

    [Fact]
    public void Display_with_mime_types_keeps_only_those_and_text_plain()
    {
        var sink = new FakeSink();
        using (DisplaySession.Use(sink))
            NotebookGlobals.display(new { A = 1 }, MimeTypes.PlainText);
        Assert.Single(sink.Displays[0].Bundle);
    }

    [Fact]
    public void Display_of_a_mime_the_object_lacks_is_a_clear_error()
    {
        using (DisplaySession.Use(new FakeSink()))
        {
            var ex = Assert.Throws<ArgumentException>(() => NotebookGlobals.display(42, MimeTypes.Svg));
            Assert.Contains("int has no image/svg+xml form", ex.Message);
        }
    }

    [Fact]
    public void Sessions_on_parallel_flows_do_not_see_each_other()
    {
        var a = new FakeSink();
        var b = new FakeSink();
        Parallel.Invoke(
            () => { using (DisplaySession.Use(a)) for (int i = 0; i < 50; i++) NotebookGlobals.display(i); },
            () => { using (DisplaySession.Use(b)) for (int i = 0; i < 30; i++) NotebookGlobals.display(i); });
        Assert.Equal(50, a.Displays.Count);
        Assert.Equal(30, b.Displays.Count);
    }
}

[Collection(ConsoleCollection.Name)]
public class ConsoleDisplayTests
{
    [Fact]
    public void Outside_a_notebook_display_prints_text_plain()
    {
        var previous = Console.Out;
        var writer = new StringWriter();
        Console.SetOut(writer);
        try
        {
            Assert.Null(DisplaySession.Current);
            var handle = NotebookGlobals.display(MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(2, 3));
            handle.Update("updated");
        }
        finally
        {
            Console.SetOut(previous);
        }
        string output = writer.ToString();
        Assert.StartsWith("Matrix<double> 2×3", output);
        Assert.Contains("updated", output);
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}
