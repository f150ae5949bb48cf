namespace NotebookKit.Display;

/// <summary>Markup to show as is: what <c>HTML("&lt;b&gt;hi&lt;/b&gt;")</c> returns (Polyglot's HtmlString).</summary>
public sealed record HtmlContent(string Html)
{
    public override string ToString() => Html;
}
