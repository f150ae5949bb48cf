using AngleSharp.Html.Parser;

namespace NotebookKit.Jupyter.Tests.Export;

/// <summary>The handout as a learner sees it: loaded in headless Chromium with every network request blocked.</summary>
public sealed class HandoutBrowserTests(HandoutFixture fixture) : IClassFixture<HandoutFixture>
{
    [Fact]
    public void Math_is_rendered_by_katex_offline()
    {
        var dom = new HtmlParser().ParseDocument(fixture.RenderedDom);

        var math = dom.QuerySelectorAll(".math").ToList();
        Assert.True(math.Count >= 3, $"{math.Count} math elements");
        Assert.All(math, m => Assert.NotNull(m.QuerySelector(".katex .katex-mathml math")));
        Assert.NotNull(dom.QuerySelector(".math.display .katex-display"));
        Assert.Empty(dom.QuerySelectorAll(".katex-error"));
    }

    [Fact]
    public void Charts_are_drawn_offline_both_from_plotly_json_and_from_plotly_net_html()
    {
        var dom = new HtmlParser().ParseDocument(fixture.RenderedDom);

        Assert.NotNull(dom.QuerySelector(".plotly-chart .main-svg"));
        var fromHtml = dom.QuerySelectorAll(".text-html .js-plotly-plot").ToList();
        Assert.Single(fromHtml);
        Assert.NotNull(fromHtml[0].QuerySelector(".main-svg"));
        Assert.Contains("loss </script> per epoch", dom.QuerySelector(".plotly-chart .gtitle")!.TextContent);
    }

    [Fact]
    public void Pdf_is_printed_with_pages()
    {
        Assert.True(fixture.PdfExport.Succeeded, $"{fixture.PdfExport}");
        var pdf = File.ReadAllBytes(Path.Combine(fixture.PdfDir, "02-charts.pdf"));
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var pages = System.Text.RegularExpressions.Regex.Matches(text, @"/Type\s*/Page[^s]").Count;
        Assert.True(pages > 0, "no pages in the PDF");
        Assert.Equal(["02-charts.pdf"], Directory.GetFiles(fixture.PdfDir).Select(Path.GetFileName));
    }
}
