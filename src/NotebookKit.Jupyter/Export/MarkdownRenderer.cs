using System.Text;
using System.Text.Json.Nodes;
using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NotebookKit.Jupyter.Export;

/// <summary>
/// Markdown → HTML with Markdig. Math (<c>$…$</c>, <c>$$…$$</c>) comes out as <c>.math</c> elements that
/// KaTeX renders in the page; headings get page-unique ids for the table of contents; images that point at
/// cell attachments become data: URIs so the handout stays one file.
/// </summary>
internal sealed class MarkdownRenderer
{
    // No MediaLinks (it embeds remote players) and no auto identifiers (ids must be unique across cells).
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseMathematics()
        .UsePipeTables()
        .UseGridTables()
        .UseEmphasisExtras()
        .UseTaskLists()
        .UseAutoLinks()
        .UseFootnotes()
        .UseListExtras()
        .UseGenericAttributes()
        .Build();

    private readonly HashSet<string> _usedIds = new(StringComparer.Ordinal);

    public List<TocEntry> Headings { get; } = [];

    public string Render(string markdown, JsonObject? attachments = null)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var text = PlainText(heading.Inline);
            var id = UniqueId(text);
            heading.GetAttributes().Id = id;
            Headings.Add(new TocEntry(heading.Level, text, id));
        }
        // Jupyter shows $$…$$ as display math even inside a paragraph; Markdig calls that inline math.
        foreach (var math in document.Descendants<MathInline>())
            if (math.DelimiterCount >= 2)
                math.GetAttributes().AddClass("display");
        if (attachments is not null)
            foreach (var link in document.Descendants<LinkInline>())
                if (link.Url is { } url && url.StartsWith("attachment:", StringComparison.Ordinal) && AttachmentUri(attachments, url["attachment:".Length..]) is { } data)
                    link.Url = data;
        return document.ToHtml(Pipeline);
    }

    private static string? AttachmentUri(JsonObject attachments, string name)
    {
        if (attachments[Uri.UnescapeDataString(name)] is not JsonObject bundle)
            return null;
        foreach (var (mime, value) in bundle)
            if (mime.StartsWith("image/", StringComparison.Ordinal) && value is JsonValue v && v.TryGetValue<string>(out var content))
                return mime == "image/svg+xml"
                    ? $"data:{mime};base64,{Convert.ToBase64String(Encoding.UTF8.GetBytes(content))}"
                    : $"data:{mime};base64,{content.Replace("\n", "")}";
        return null;
    }

    private string UniqueId(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
                sb.Append(c);
            else if ((c == ' ' || c == '-' || c == '_') && sb.Length > 0 && sb[^1] != '-')
                sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        if (slug.Length == 0)
            slug = "section";
        var id = slug;
        for (var n = 2; !_usedIds.Add(id); n++)
            id = $"{slug}-{n}";
        return id;
    }

    private static string PlainText(ContainerInline? inline)
    {
        if (inline is null)
            return "";
        var sb = new StringBuilder();
        foreach (var child in inline.Descendants<Inline>())
        {
            switch (child)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case MathInline math:
                    sb.Append(math.Content.ToString());
                    break;
            }
        }
        return sb.ToString().Trim();
    }
}
