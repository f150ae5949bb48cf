using System.Text.Json.Nodes;
using NotebookKit.Jupyter.Execution;
using NotebookKit.Jupyter.Protocol;

namespace NotebookKit.Jupyter.Kernel;

/// <summary>
/// The first result pays for more than Roslyn: the formatters' first run and the first serialization of each
/// message an executed cell sends (~0.2-0.3 s of JIT and JSON metadata on a busy 2-core machine). This runs
/// that path once on a background thread while the compiler warms up, so the first cell does not.
/// Nothing is sent: the messages are encoded and dropped.
/// </summary>
internal static class FirstResultWarmUp
{
    public static Task Start(string key) => Task.Run(() =>
    {
        var bundle = CellOutput.Format(2, sink: null);
        var codec = new WireCodec(new MessageSigner(key));
        var request = Message.Create(MessageTypes.ExecuteRequest, new ExecuteRequest("1 + 1"), null, "warm-up");
        _ = request.ContentAs<ExecuteRequest>();
        foreach (var (type, content) in new (string, object)[]
        {
            (MessageTypes.ExecuteInput, new ExecuteInput("1 + 1", 1)),
            (MessageTypes.Stream, new StreamOutput("stdout", "2\n")),
            (MessageTypes.ExecuteResult, new ExecuteResult(1, MimeBundleJson.Data(bundle), MimeBundleJson.Metadata(bundle))),
            (MessageTypes.ExecuteReply, new ExecuteReply("ok", 1, new JsonArray(), new JsonObject())),
        })
            codec.Decode(codec.Encode(Message.Create(type, content, request, "warm-up")));
    });
}
