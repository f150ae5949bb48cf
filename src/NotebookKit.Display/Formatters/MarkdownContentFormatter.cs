namespace NotebookKit.Display.Formatters;

/// <summary>Markdown as text/markdown; its source doubles as the text/plain.</summary>
internal sealed class MarkdownContentFormatter : ObjectFormatter<MarkdownContent>
{
    protected override MimeBundle Format(MarkdownContent value, FormatContext context) =>
        new MimeBundle(value.Markdown).With(MimeTypes.Markdown, value.Markdown);
}
