using System.Text.Json.Serialization;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>Content of <c>is_complete_request</c> (a console asks whether Enter should run the code).</summary>
public sealed record IsCompleteRequest([property: JsonPropertyName("code")] string Code);
