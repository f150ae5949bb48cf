using NotebookKit.Display;

namespace NotebookKit.Display.Tests;

public class ObjectFormatterTests
{
    private static readonly FormatterRegistry Registry = new();

    public sealed class Point
    {
        public double X { get; init; }
        public double Y { get; init; }
    }

    [Fact]
    public void An_object_is_a_table_of_its_properties()
    {
        var bundle = Registry.Format(new Point { X = 1.5, Y = -2 }, sink: null);
        var rows = Dom.Html(Dom.Html(bundle)).QuerySelectorAll("tbody tr");
        Assert.Equal([("X", "1.5"), ("Y", "-2")], rows.Select(r => (r.Children[0].TextContent, r.Children[1].TextContent)));
        Assert.Equal("Point { X = 1.5, Y = -2 }", bundle.PlainText);
    }

    [Fact]
    public void Anonymous_objects_are_tables_too()
    {
        var doc = Dom.Html(Dom.Html(Registry.Format(new { Name = "a", Score = 3 }, sink: null)));
        Assert.Equal(2, doc.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public void A_sequence_of_objects_is_a_table_with_a_column_per_property()
    {
        var points = Enumerable.Range(0, 3).Select(i => new Point { X = i, Y = i * i }).ToList();
        var doc = Dom.Html(Dom.Html(Registry.Format(points, sink: null)));
        Assert.Equal(["#", "X", "Y"], doc.QuerySelectorAll("thead th").Select(h => h.TextContent));
        var rows = doc.QuerySelectorAll("tbody tr");
        Assert.Equal(3, rows.Length);
        Assert.Equal("4", rows[2].QuerySelectorAll("td")[1].TextContent);
    }

    [Fact]
    public void Long_sequences_are_capped_with_an_ellipsis_row()
    {
        var registry = new FormatterRegistry { ListExpansionLimit = 5 };
        var bundle = registry.Format(Enumerable.Range(0, 100).ToArray(), sink: null);
        var doc = Dom.Html(Dom.Html(bundle));
        Assert.Equal(5, doc.QuerySelectorAll("tbody tr:not(.nbk-more)").Length);
        Assert.Equal("… (95 more)", doc.QuerySelector("tr.nbk-more")!.TextContent);
        Assert.Contains("… (95 more)", bundle.PlainText);
    }

    [Fact]
    public void Lazy_infinite_sequences_are_capped_without_enumerating_them()
    {
        static IEnumerable<int> Naturals() { for (int i = 0; ; i++) yield return i; }
        var doc = Dom.Html(Dom.Html(Registry.Format(Naturals(), sink: null)));
        Assert.Equal("… (more)", doc.QuerySelector("tr.nbk-more")!.TextContent);
    }

    [Fact]
    public void Dictionaries_are_key_value_tables()
    {
        var doc = Dom.Html(Dom.Html(Registry.Format(new Dictionary<string, double> { ["loss"] = 0.5, ["accuracy"] = 0.9 }, sink: null)));
        Assert.Equal(["loss", "0.5", "accuracy", "0.9"], doc.QuerySelectorAll("tbody td").Select(c => c.TextContent));
    }

    [Fact]
    public void Tables_carry_no_page_wide_style_block()
    {
        string html = Dom.Html(Registry.Format(new[] { new Point() }, sink: null));
        Assert.Empty(Dom.Html(html).QuerySelectorAll("style"));
    }

    [Fact]
    public void ToTable_caps_rows_at_its_own_limit()
    {
        var doc = Dom.Html(Dom.Html(Registry.Format(Enumerable.Range(0, 50).Select(i => new Point { X = i }).ToTable(maxRows: 30), sink: null)));
        Assert.Equal(30, doc.QuerySelectorAll("tbody tr:not(.nbk-more)").Length);
    }

    [Fact]
    public void ToDisplayString_gives_one_mime_of_the_bundle()
    {
        var m = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(2, 2);
        Assert.StartsWith("<table", m.ToDisplayString(MimeTypes.Html, Registry));
        Assert.StartsWith("Matrix<double> 2×2", m.ToDisplayString(MimeTypes.PlainText, Registry));
        Assert.Equal("<pre>42</pre>", 42.ToDisplayString(MimeTypes.Html, Registry));
        var ex = Assert.Throws<ArgumentException>(() => 42.ToDisplayString("image/png", Registry));
        Assert.Contains("int has no image/png form", ex.Message);
    }
}
