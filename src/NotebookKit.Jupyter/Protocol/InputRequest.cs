using System.Text.Json.Serialization;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>Content of <c>input_request</c> (stdin channel): the kernel asks the user for a line.</summary>
public sealed record InputRequest(
    [property: JsonPropertyName("prompt")] string Prompt,
    [property: JsonPropertyName("password")] bool Password = false);
