using System.Net;

namespace NotebookKit.Display.Rendering;

/// <summary>HTML text helpers shared by the formatters.</summary>
internal static class Html
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>Removes tags, for the text/plain twin of an HTML snippet.</summary>
    public static string StripTags(string html) =>
        WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]*>", ""));
}
