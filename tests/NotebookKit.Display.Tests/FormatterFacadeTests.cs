using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.Formatting.TabularData;
using NotebookKit.Display;
using static Microsoft.DotNet.Interactive.Formatting.PocketViewTags;

namespace NotebookKit.Display.Tests;

/// <summary>
/// The real Microsoft.DotNet.Interactive.Formatting API meeting the kit: registrations on the package's static
/// <c>Formatter</c> reach what the kit shows, the package's <c>Display()</c> family reaches the notebook's sink,
/// and the kit's own formatters still answer for the kit's types. Each test uses its own type (the package's
/// registrations are global).
/// </summary>
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

    private sealed class Fahrenheit(double degrees)
    {
        public double Degrees => degrees;
    }

    private sealed class Rankine(double degrees)
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
        Assert.Equal("300 K", FormatterRegistry.Default.Format(new Kelvin(300)).PlainText);
    }

    [Fact]
    public void The_packages_own_Display_on_an_object_reaches_the_sink_through_the_kits_formatters()
    {
        Formatter.Register<Fahrenheit>(f => $"<i>{f.Degrees} °F</i>", "text/html");
        object boxed = new Fahrenheit(451);
        var sink = new FakeSink();
        DisplayedValue shown;
        using (DisplaySession.Use(sink))
        {
            shown = System.DisplayExtensions.Display(boxed);
            shown.Update(new Fahrenheit(452));
        }
        Assert.Equal("<i>451 °F</i>", sink.Displays[0].Bundle[MimeTypes.Html]);
        // The package hands back a different DisplayedValue from the one it raised: its first update is a new output.
        Assert.Equal("<i>452 °F</i>", sink.All[^1][MimeTypes.Html]);
    }

    [Fact]
    public void A_kit_handle_updated_through_a_DisplayedValue_reference_updates_in_place()
    {
        var sink = new FakeSink();
        using (DisplaySession.Use(sink))
        {
            DisplayedValue shown = 1.Display();
            shown.Update(2);
        }
        var (_, id) = Assert.Single(sink.Displays);
        var update = Assert.Single(sink.Updates);
        Assert.Equal(id, update.Id);
        Assert.Equal("2", update.Bundle.PlainText);
    }

    [Fact]
    public void PocketView_renders_its_html_with_text_plain()
    {
        var view = div[style: "color:red"](span("hot"), " ", b("stuff"));
        var bundle = FormatterRegistry.Default.Format(view);

        Assert.Equal("<div style=\"color:red\"><span>hot</span> <b>stuff</b></div>", bundle[MimeTypes.Html]);
        Assert.Equal("hot stuff", bundle.PlainText);
    }

    [Fact]
    public void LaTeXString_goes_out_as_text_latex()
    {
        var bundle = FormatterRegistry.Default.Format(new LaTeXString(@"$$\frac{a}{b}$$"));

        Assert.Equal(@"$$\frac{a}{b}$$", bundle["text/latex"]);
        Assert.Equal(@"$$\frac{a}{b}$$", bundle.PlainText);
    }

    [Fact]
    public void DisplayTable_shows_a_table_of_the_rows()
    {
        var sink = new FakeSink();
        using (DisplaySession.Use(sink))
            new[] { new { Name = "a", Size = 1 }, new { Name = "b", Size = 2 } }.DisplayTable();

        var html = (string)sink.Displays[0].Bundle[MimeTypes.Html];
        Assert.Contains("<table", html);
        Assert.Contains("<td>b</td>", html.Replace(" ", ""));
    }

    [Fact]
    public void DisplayAs_sends_the_given_mime_through_the_package()
    {
        var sink = new FakeSink();
        using (DisplaySession.Use(sink))
            "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".DisplayAs(MimeTypes.Svg);
        Assert.StartsWith("<svg", (string)sink.Displays[0].Bundle[MimeTypes.Svg]);
    }

    [Fact]
    public void The_kits_formatters_still_answer_for_its_types_and_a_registration_overrides_them()
    {
        var matrix = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(2, 2, 1.0);
        Assert.StartsWith("<table", matrix.ToDisplayString("text/html"));

        Formatter.Register<Rankine>(r => "R!", "text/html");
        Assert.Equal("R!", new Rankine(1).ToDisplayString("text/html"));
        Assert.IsAssignableFrom<IHtmlContent>(div("x"));
    }

    [Fact]
    public void HTML_inside_a_PocketView_is_embedded_unencoded()
    {
        var view = span(NotebookGlobals.HTML("<i>raw</i>"), "<b>text</b>");

        Assert.Equal("<span><i>raw</i>&lt;b&gt;text&lt;/b&gt;</span>", FormatterRegistry.Default.Format(view)[MimeTypes.Html]);
    }
}
