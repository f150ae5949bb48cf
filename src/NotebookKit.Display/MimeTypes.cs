namespace NotebookKit.Display;

/// <summary>The mime types NotebookKit produces, as constants.</summary>
public static class MimeTypes
{
    public const string PlainText = "text/plain";
    public const string Html = "text/html";
    public const string Markdown = "text/markdown";
    public const string Svg = "image/svg+xml";
    public const string Png = "image/png";
    public const string Json = "application/json";
    public const string Plotly = "application/vnd.plotly.v1+json";

    /// <summary>Jupyter sends JSON mimes as JSON values, every other mime as a string.</summary>
    public static bool IsJson(string mimeType) =>
        mimeType == Json || mimeType.EndsWith("+json", StringComparison.Ordinal);
}
