namespace NotebookKit.Display.Formatters;

/// <summary>HTML as given, with its text (tags removed) as text/plain.</summary>
internal sealed class HtmlContentFormatter : ObjectFormatter<HtmlContent>
{
    protected override MimeBundle Format(HtmlContent value, FormatContext context) =>
        new MimeBundle(Html.StripTags(value.Html)).With(MimeTypes.Html, value.Html);
}
