using System.Text.Json.Serialization;

namespace NotebookKit.Jupyter.Protocol;

/// <summary><c>language_info</c> of kernel_info_reply: what frontends use for highlighting and file export.</summary>
public sealed record LanguageInfo(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("mimetype")] string MimeType,
    [property: JsonPropertyName("file_extension")] string FileExtension,
    [property: JsonPropertyName("pygments_lexer")] string PygmentsLexer,
    [property: JsonPropertyName("codemirror_mode")] string CodeMirrorMode,
    [property: JsonPropertyName("nbconvert_exporter")] string NbconvertExporter);
