using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>
/// The wire records' JSON metadata, generated at build time: the reflection-based resolver built it at run time
/// (reflection and dynamic methods the JIT compiles) on the way to a kernel's first result. Types not listed
/// here still serialize through <see cref="WireJson.Options"/>, by reflection.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonArray))]
[JsonSerializable(typeof(ClearOutput))]
[JsonSerializable(typeof(CommInfoReply))]
[JsonSerializable(typeof(CompleteReply))]
[JsonSerializable(typeof(CompleteRequest))]
[JsonSerializable(typeof(DisplayData))]
[JsonSerializable(typeof(ErrorContent))]
[JsonSerializable(typeof(ExecuteInput))]
[JsonSerializable(typeof(ExecuteReply))]
[JsonSerializable(typeof(ExecuteRequest))]
[JsonSerializable(typeof(ExecuteResult))]
[JsonSerializable(typeof(HelpLink))]
[JsonSerializable(typeof(HistoryReply))]
[JsonSerializable(typeof(HistoryRequest))]
[JsonSerializable(typeof(InputReply))]
[JsonSerializable(typeof(InputRequest))]
[JsonSerializable(typeof(InspectReply))]
[JsonSerializable(typeof(InspectRequest))]
[JsonSerializable(typeof(IsCompleteReply))]
[JsonSerializable(typeof(IsCompleteRequest))]
[JsonSerializable(typeof(KernelInfoReply))]
[JsonSerializable(typeof(LanguageInfo))]
[JsonSerializable(typeof(MessageHeader))]
[JsonSerializable(typeof(ShutdownReply))]
[JsonSerializable(typeof(ShutdownRequest))]
[JsonSerializable(typeof(StatusContent))]
[JsonSerializable(typeof(StatusReply))]
[JsonSerializable(typeof(StreamOutput))]
internal sealed partial class WireJsonContext : JsonSerializerContext;
