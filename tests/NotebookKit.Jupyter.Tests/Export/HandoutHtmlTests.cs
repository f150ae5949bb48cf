using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NotebookKit.Jupyter.Tests.Export;

public sealed class HandoutHtmlTests(HandoutFixture fixture) : IClassFixture<HandoutFixture>
{
    private IDocument Page(string name) => new HtmlParser().ParseDocument(fixture.Html(name));

    [Fact]
    public void Export_writes_one_page_per_lesson_and_an_index()
    {
        Assert.True(fixture.HtmlExport.Succeeded, $"{fixture.HtmlExport}");
        Assert.Equal(["01-neurons.html", "02-charts.html", "03-exercises.html", "index.html"],
            Directory.GetFiles(fixture.HtmlDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Page_has_title_headings_and_a_table_of_contents_linking_to_them()
    {
        var page = Page("02-charts.html");

        Assert.Equal("Charts and math", page.Title);
        var headings = page.QuerySelectorAll("main h1, main h2, main h3").ToList();
        Assert.Equal(["Charts and math", "Training curves", "Details", "Summary"], headings.Select(h => h.TextContent));
        var toc = page.QuerySelectorAll("nav.toc a").ToList();
        Assert.Equal(headings.Select(h => "#" + h.Id), toc.Select(a => a.GetAttribute("href")));
        Assert.All(headings, h => Assert.False(string.IsNullOrEmpty(h.Id)));
        Assert.Equal(headings.Count, headings.Select(h => h.Id).Distinct().Count());
    }

    [Fact]
    public void Code_is_highlighted_at_export_time()
    {
        var code = Page("02-charts.html").QuerySelector("section.code-cell pre.code code")!;

        Assert.Contains("var history = model.Fit(x, y, epochs: 3);", code.TextContent);
        Assert.Contains(code.QuerySelectorAll("span.k"), s => s.TextContent == "var");
        Assert.Contains(code.QuerySelectorAll("span.c"), s => s.TextContent == "// train");
        Assert.Contains(code.QuerySelectorAll("span.n"), s => s.TextContent == "3");
        Assert.Contains(code.QuerySelectorAll("span.s"), s => s.TextContent == "\"nuget: Plotly.NET, 6.0.0\"");
        Assert.Contains(code.QuerySelectorAll("span.p"), s => s.TextContent.StartsWith("#r", StringComparison.Ordinal));
        Assert.Equal("In [7]:", Page("02-charts.html").QuerySelector("section.code-cell .input .prompt")!.TextContent);
    }

    [Fact]
    public void Every_output_kind_is_shown()
    {
        var outputs = Page("02-charts.html").QuerySelector("section.code-cell .outputs")!;

        Assert.Equal("epoch 1 <loss>\n", outputs.QuerySelector(".stream.stdout pre")!.TextContent);
        Assert.Equal("warning: slow\n", outputs.QuerySelector(".stream.stderr pre")!.TextContent);
        Assert.NotNull(outputs.QuerySelector("b.from-html"));
        Assert.NotNull(outputs.QuerySelector("svg.from-svg circle"));
        var image = outputs.QuerySelector("img")!;
        Assert.Equal("data:image/png;base64," + LessonNotebooks.Png, image.GetAttribute("src"));
        Assert.Equal("20", image.GetAttribute("width"));
        Assert.Equal("from markdown", outputs.QuerySelector(".text-markdown strong")!.TextContent);
        Assert.NotNull(outputs.QuerySelector(".text-markdown .math"));
        Assert.Single(outputs.QuerySelectorAll(".plotly-chart"));
        Assert.DoesNotContain("html fallback that must not be used", outputs.InnerHtml);
        Assert.Equal("Out[7]:", outputs.QuerySelector(".output.rich .prompt")!.TextContent);
        Assert.Contains("History(epochs: 3)", outputs.QuerySelector(".text-plain pre")!.TextContent);
        var error = outputs.QuerySelector(".output.error pre")!.TextContent;
        Assert.StartsWith("InvalidOperationException: Dense(64) expected 784 inputs, got 28\n   at Submission#3 line 2", error);
        Assert.DoesNotContain("\u001b", outputs.TextContent);
    }

    [Fact]
    public void Markdown_math_becomes_math_elements_for_katex()
    {
        var page = Page("02-charts.html");

        var inline = page.QuerySelectorAll(".markdown-cell span.math").Select(e => e.TextContent).ToList();
        var display = page.QuerySelectorAll(".markdown-cell .math.display").Select(e => e.TextContent.Trim()).ToList();
        Assert.Contains(inline, t => t.Contains("\\sigma(z) = \\frac{1}{1+e^{-z}}", StringComparison.Ordinal));
        Assert.Contains(display, t => t.Contains("\\frac{\\partial L}{\\partial W}", StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector(".markdown-cell table td"));
    }

    [Fact]
    public void Plotly_js_is_inlined_once_even_when_an_output_carries_its_own_copy()
    {
        var page = Page("02-charts.html");

        var bundles = page.Scripts.Count(s => s.Text.Contains("plotly.min.js.LICENSE", StringComparison.Ordinal));
        Assert.Equal(1, bundles);
        Assert.Equal("plotly-js", page.Scripts.Single(s => s.Text.Contains("plotly.min.js.LICENSE", StringComparison.Ordinal)).Id);
        Assert.DoesNotContain(page.Scripts, s => s.Text.Contains("plotly.min.js.LICENSE", StringComparison.Ordinal) && s.Closest(".outputs") is not null);
        // Lessons without charts carry no plotly.js at all.
        Assert.DoesNotContain(Page("01-neurons.html").Scripts, s => s.Text.Contains("plotly.min.js.LICENSE", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("01-neurons.html")]
    [InlineData("02-charts.html")]
    [InlineData("index.html")]
    public void Page_references_no_other_file_or_url(string name)
    {
        var page = Page(name);

        Assert.Empty(page.QuerySelectorAll("link[rel=stylesheet], iframe, object, embed"));
        foreach (var element in page.QuerySelectorAll("[src]"))
            Assert.StartsWith("data:", element.GetAttribute("src"));
        foreach (var element in page.QuerySelectorAll("[href]"))
        {
            var href = element.GetAttribute("href")!;
            Assert.True(href.StartsWith('#') || Regex.IsMatch(href, @"^[0-9A-Za-z_\-]+\.html$"), $"{name}: href {href}");
        }
        foreach (var style in page.QuerySelectorAll("style"))
            foreach (Match url in Regex.Matches(style.TextContent, @"url\(([^)]*)\)"))
                Assert.StartsWith("data:", url.Groups[1].Value.Trim('"', '\''));
    }

    [Fact]
    public void Lessons_link_to_previous_next_and_the_course_index()
    {
        static string? Href(IDocument page, string rel) => page.QuerySelector($"nav.lessons.top a[rel={rel}]")?.GetAttribute("href");

        Assert.Null(Href(Page("01-neurons.html"), "prev"));
        Assert.Equal("02-charts.html", Href(Page("01-neurons.html"), "next"));
        Assert.Equal("01-neurons.html", Href(Page("02-charts.html"), "prev"));
        Assert.Equal("03-exercises.html", Href(Page("02-charts.html"), "next"));
        Assert.Null(Href(Page("03-exercises.html"), "next"));
        Assert.Equal("index.html", Href(Page("03-exercises.html"), "index"));

        var index = Page("index.html");
        Assert.Equal(["01-neurons.html", "02-charts.html", "03-exercises.html"], index.QuerySelectorAll("table.course-map td.lesson a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["Neurons", "Charts and math", "Exercises"], index.QuerySelectorAll("table.course-map td.lesson a").Select(a => a.TextContent));
    }
}
