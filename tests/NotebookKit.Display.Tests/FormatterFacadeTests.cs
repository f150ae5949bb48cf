using NotebookKit.Display;

namespace NotebookKit.Display.Tests;

/// <summary>The Polyglot-style static surface, on the shared Default registry (each test uses its own type).</summary>
public class FormatterFacadeTests
{
    private sealed class Celsius(double degrees)
    {
        public double Degrees => degrees;
    }

    private sealed class Kelvin(double degrees)
    {
        public double Degrees => degrees;
    }

    [Fact]
    public void Register_with_a_func_shows_in_ToDisplayString_and_display()
    {
        Formatter.Register<Celsius>(c => $"<b>{c.Degrees} °C</b>", "text/html");
        Assert.Equal("<b>21.5 °C</b>", new Celsius(21.5).ToDisplayString("text/html"));
        var sink = new FakeSink();
        using (DisplaySession.Use(sink)) new Celsius(3).Display();
        Assert.Equal("<b>3 °C</b>", sink.Displays[0].Bundle[MimeTypes.Html]);
        Assert.Equal(MimeTypes.Html, Formatter.DefaultMimeType);
    }

    [Fact]
    public void Register_with_a_writer_and_a_type_for_text_plain()
    {
        Formatter.Register(typeof(Kelvin), (o, w) => w.Write($"{((Kelvin)o).Degrees} K"), "text/plain");
        Assert.Equal("300 K", new Kelvin(300).ToDisplayString());
    }
}
