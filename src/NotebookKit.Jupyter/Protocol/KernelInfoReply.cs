using System.Text.Json.Serialization;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>Content of <c>kernel_info_reply</c>.</summary>
public sealed record KernelInfoReply(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("protocol_version")] string ProtocolVersion,
    [property: JsonPropertyName("implementation")] string Implementation,
    [property: JsonPropertyName("implementation_version")] string ImplementationVersion,
    [property: JsonPropertyName("language_info")] LanguageInfo LanguageInfo,
    [property: JsonPropertyName("banner")] string Banner,
    [property: JsonPropertyName("help_links")] IReadOnlyList<HelpLink> HelpLinks,
    [property: JsonPropertyName("debugger")] bool Debugger = false);
