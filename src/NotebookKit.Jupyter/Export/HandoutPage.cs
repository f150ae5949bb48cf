using System.Net;
using System.Text;
using NotebookKit.Jupyter.Notebooks;
using NotebookKit.Jupyter.Translation;
using NotebookKit.Localization;

namespace NotebookKit.Jupyter.Export;

/// <summary>
/// Renders one notebook as a self-contained HTML page: inline CSS, KaTeX with its fonts as data: URIs,
/// plotly.js inlined once when a chart needs it, highlighted C#, a table of contents and course links.
/// The page references no other file or URL except the links to its sibling handouts. Its language is the
/// notebook's (metadata <c>"lang"</c>): the <c>lang</c> attribute, which picks the fonts, and the page's own labels.
/// </summary>
public static class HandoutPage
{
    /// <summary>Runs when the page has loaded: Markdig's .math elements through KaTeX, LaTeX outputs through auto-render.</summary>
    private const string MathScript = """
        (function () {
          document.querySelectorAll('.math').forEach(function (el) {
            var tex = el.textContent.trim(), display = el.tagName === 'DIV' || el.classList.contains('display');
            if (tex.indexOf('\\(') === 0 && tex.slice(-2) === '\\)') tex = tex.slice(2, -2);
            else if (tex.indexOf('\\[') === 0 && tex.slice(-2) === '\\]') { tex = tex.slice(2, -2); display = true; }
            katex.render(tex, el, { displayMode: display, throwOnError: false, output: 'htmlAndMathml' });
          });
          document.querySelectorAll('.latex').forEach(function (el) {
            renderMathInElement(el, { throwOnError: false, delimiters: [
              { left: '$$', right: '$$', display: true }, { left: '\\[', right: '\\]', display: true },
              { left: '$', right: '$', display: false }, { left: '\\(', right: '\\)', display: false }] });
          });
        })();
        """;

    /// <summary>Lets Plotly.NET's require.js-based chart HTML run against the inlined plotly.js, offline.</summary>
    private const string RequireShim = """
        if (typeof window.requirejs !== 'function') {
          var nbkRequire = function (deps, callback) { if (callback) callback(window.Plotly); };
          nbkRequire.config = function () { return nbkRequire; };
          window.requirejs = nbkRequire;
          if (typeof window.require !== 'function') window.require = nbkRequire;
        }
        """;

    public static string Render(Notebook notebook, string fallbackTitle, HandoutNavigation? navigation = null)
    {
        navigation ??= HandoutNavigation.None;
        var markdown = new MarkdownRenderer();
        var outputs = new OutputRenderer(markdown);
        var highlight = IsCSharp(notebook);
        var body = new StringBuilder();
        var number = 0;
        foreach (var cell in notebook.Cells)
        {
            number++;
            switch (cell.CellType)
            {
                case NotebookCell.Markdown:
                    body.Append($"<section class=\"cell markdown-cell\" id=\"cell-{number}\">")
                        .Append(markdown.Render(cell.Source, cell.Node["attachments"] as System.Text.Json.Nodes.JsonObject))
                        .Append("</section>\n");
                    break;
                case NotebookCell.Code:
                    body.Append($"<section class=\"cell code-cell\" id=\"cell-{number}\"><div class=\"input\"><span class=\"prompt\">In [{cell.ExecutionCount?.ToString() ?? " "}]:</span>")
                        .Append("<pre class=\"code\"><code class=\"language-csharp\">")
                        .Append(highlight ? CSharpHighlighter.ToHtml(cell.Source) : WebUtility.HtmlEncode(cell.Source))
                        .Append("</code></pre></div>");
                    if (cell.Outputs.Count > 0)
                    {
                        body.Append("<div class=\"outputs\">");
                        foreach (var output in cell.Outputs)
                            body.Append(outputs.Render(output));
                        body.Append("</div>");
                    }
                    body.Append("</section>\n");
                    break;
                default:
                    body.Append($"<section class=\"cell raw-cell\" id=\"cell-{number}\"><pre>{WebUtility.HtmlEncode(cell.Source)}</pre></section>\n");
                    break;
            }
        }

        var title = notebook.Title ?? fallbackTitle;
        var language = LessonLanguage.Of(notebook);
        var page = new StringBuilder(1 << 20);
        page.Append($"<!DOCTYPE html>\n<html lang=\"{WebUtility.HtmlEncode(language)}\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"NotebookKit\">\n");
        foreach (var alternate in navigation.OtherLanguages)
            page.Append($"<link rel=\"alternate\" hreflang=\"{WebUtility.HtmlEncode(alternate.Language)}\" href=\"{WebUtility.HtmlEncode(alternate.Href)}\">\n");
        page.Append($"<title>{WebUtility.HtmlEncode(title)}</title>\n")
            .Append("<style>").Append(HandoutStyle.Css).Append("</style>\n")
            .Append("<style>").Append(HandoutAssets.KatexCss).Append("</style>\n")
            .Append("<script>").Append(Inline(HandoutAssets.KatexJs)).Append("</script>\n")
            .Append("<script>").Append(Inline(HandoutAssets.KatexAutoRenderJs)).Append("</script>\n");
        if (outputs.NeedsPlotly)
            page.Append("<script id=\"plotly-js\">").Append(Inline(HandoutAssets.PlotlyJs)).Append("</script>\n");
        if (outputs.NeedsRequireShim)
            page.Append("<script>").Append(RequireShim).Append("</script>\n");
        page.Append("</head>\n<body>\n<div class=\"page\">\n")
            .Append(TableOfContents(markdown.Headings, language))
            .Append("<main class=\"notebook\">\n")
            .Append(LessonLinks(navigation, "top", language))
            .Append(body)
            .Append(LessonLinks(navigation, "bottom", language))
            .Append("</main>\n</div>\n<script>").Append(MathScript).Append("</script>\n</body>\n</html>\n");
        return page.ToString();
    }

    private static bool IsCSharp(Notebook notebook)
    {
        var language = (string?)notebook.Metadata["language_info"]?["name"] ?? (string?)notebook.Metadata["kernelspec"]?["language"];
        return language is null || language.Replace("#", "sharp", StringComparison.Ordinal).Equals("csharp", StringComparison.OrdinalIgnoreCase);
    }

    private static string TableOfContents(IReadOnlyList<TocEntry> headings, string language)
    {
        var contents = WebUtility.HtmlEncode(KitText.Get("Handout_Contents", language));
        var sb = new StringBuilder($"<nav class=\"toc\" aria-label=\"{contents}\"><h2>{contents}</h2><ul>");
        foreach (var heading in headings.Where(h => h.Level <= 3))
            sb.Append($"<li class=\"toc-{heading.Level}\"><a href=\"#{WebUtility.HtmlEncode(heading.Id)}\">{WebUtility.HtmlEncode(heading.Text)}</a></li>");
        return sb.Append("</ul></nav>\n").ToString();
    }

    private static string LessonLinks(HandoutNavigation navigation, string position, string language)
    {
        if (navigation.Previous is null && navigation.Next is null && navigation.Index is null && navigation.OtherLanguages.Count == 0)
            return "";
        static string Link(HandoutLink? link, string rel, string label) =>
            link is null ? "<span></span>" : $"<a rel=\"{rel}\" class=\"{rel}\" href=\"{WebUtility.HtmlEncode(link.Href)}\">{label}</a>";
        return $"<nav class=\"lessons {position}\">"
            + Link(navigation.Previous, "prev", "← " + WebUtility.HtmlEncode(navigation.Previous?.Title ?? ""))
            + Link(navigation.Index, "index", WebUtility.HtmlEncode(KitText.Get("Handout_CourseIndex", language)))
            + Languages(navigation.OtherLanguages)
            + Link(navigation.Next, "next", WebUtility.HtmlEncode(navigation.Next?.Title ?? "") + " →")
            + "</nav>\n";
    }

    /// <summary>Each other language's page, named in its own language ("English", "简体中文").</summary>
    private static string Languages(IReadOnlyList<HandoutAlternate> alternates)
    {
        if (alternates.Count == 0)
            return "";
        return "<span class=\"languages\">" + string.Join(" · ", alternates.Select(a =>
            $"<a rel=\"alternate\" class=\"language\" hreflang=\"{WebUtility.HtmlEncode(a.Language)}\" lang=\"{WebUtility.HtmlEncode(a.Language)}\" href=\"{WebUtility.HtmlEncode(a.Href)}\">{WebUtility.HtmlEncode(KitText.Get("Handout_OtherLanguage", a.Language))}</a>")) + "</span>";
    }

    /// <summary>A script's text must not contain "&lt;/script" or the HTML parser would end the element there.</summary>
    private static string Inline(string script) => script.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
}
