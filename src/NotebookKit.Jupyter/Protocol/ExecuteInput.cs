using System.Text.Json.Serialization;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>Content of <c>execute_input</c> (iopub): the code being run, echoed exactly.</summary>
public sealed record ExecuteInput(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("execution_count")] int ExecutionCount);
