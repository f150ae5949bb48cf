using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace NotebookKit.Display;

/// <summary>
/// Markup to show as is: what <c>HTML("&lt;b&gt;hi&lt;/b&gt;")</c> returns (Polyglot's HtmlString). It is an
/// <see cref="IHtmlContent"/>, so PocketView (<c>span(HTML(…))</c>) embeds it unencoded, as in Polyglot.
/// </summary>
public sealed record HtmlContent(string Html) : IHtmlContent
{
    public void WriteTo(TextWriter writer, HtmlEncoder encoder) => writer.Write(Html);

    public override string ToString() => Html;
}
