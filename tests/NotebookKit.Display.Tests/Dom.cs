using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NotebookKit.Display.Tests;

/// <summary>Parses HTML and SVG the way a browser would, so tests assert what a reader sees.</summary>
internal static class Dom
{
    public static IDocument Html(string html) => new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");

    public static string Html(MimeBundle bundle) => (string)bundle[MimeTypes.Html];
}
