using System.Text.Json.Serialization;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>One entry of kernel_info_reply's <c>help_links</c> (shown in the frontend's Help menu).</summary>
public sealed record HelpLink(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("url")] string Url);
