using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NotebookKit.Display.Tests;

/// <summary>Parses HTML and SVG the way a browser would, so tests assert what a reader sees.</summary>
internal static class Dom
{
    public static IDocument Html(string html) => new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");

    public static string Html(MimeBundle bundle) => (string)bundle[MimeTypes.Html];

    /// <summary>The SVG text of the picture the bundle's HTML shows: its &lt;img&gt; with a data:image/svg+xml source.</summary>
    public static string ImageSvg(MimeBundle bundle)
    {
        const string prefix = "data:image/svg+xml;base64,";
        var src = Html(Html(bundle)).QuerySelector($"img[src^='{prefix}']")?.GetAttribute("src")
            ?? throw new InvalidOperationException("The HTML shows no data:image/svg+xml <img>:\n" + Html(bundle));
        return Encoding.UTF8.GetString(Convert.FromBase64String(src[prefix.Length..]));
    }

    /// <summary>The picture the bundle's HTML shows, parsed.</summary>
    public static IDocument HtmlDiagram(MimeBundle bundle) => Html(ImageSvg(bundle));
}
