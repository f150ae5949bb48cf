using System.Text;

namespace NotebookKit.Display.Rendering;

/// <summary>
/// An SVG drawing as an HTML <c>&lt;img&gt;</c> with a <c>data:image/svg+xml</c> source. Front ends show text/html
/// before image/svg+xml, and the sanitizers of an untrusted classic Notebook or GitHub strip inline
/// <c>&lt;svg&gt;</c> down to its text; an image with a data URI survives them all. The price: the drawing's
/// <c>&lt;title&gt;</c> hover notes no longer show.
/// </summary>
internal static class SvgImage
{
    public static string Html(string svg, string alt, string cssClass) =>
        $"<img class=\"{cssClass}\" alt=\"{Rendering.Html.Encode(alt)}\" " +
        $"src=\"data:{MimeTypes.Svg};base64,{Convert.ToBase64String(Encoding.UTF8.GetBytes(svg))}\">";
}
