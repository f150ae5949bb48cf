namespace NotebookKit.Display.Formatters;

/// <summary>A bundle someone already made (live training, <c>DisplayAs</c>) is shown as it is.</summary>
internal sealed class MimeBundleFormatter : ObjectFormatter<MimeBundle>
{
    protected override MimeBundle Format(MimeBundle value, FormatContext context) => value;
}
