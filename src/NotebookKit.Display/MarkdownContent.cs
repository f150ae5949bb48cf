namespace NotebookKit.Display;

/// <summary>Markdown to render as text/markdown: what <c>Markdown("**hi**")</c> returns.</summary>
public sealed record MarkdownContent(string Markdown)
{
    public override string ToString() => Markdown;
}
