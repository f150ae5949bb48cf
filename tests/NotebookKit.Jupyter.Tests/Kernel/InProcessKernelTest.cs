using System.Text.Json.Nodes;
using NotebookKit.Jupyter.Kernel;
using NotebookKit.Jupyter.Protocol;

namespace NotebookKit.Jupyter.Tests.Kernel;

/// <summary>
/// A kernel on the shared in-process interpreter, driven through a fake transport: execute a cell, read what it
/// published on IOPub. Derive with <c>[Collection(InProcessKernelCollection.Name)]</c>.
/// </summary>
public abstract class InProcessKernelTest : IDisposable
{
    private readonly FakeTransport _transport = new();
    private readonly JupyterKernel _kernel;

    protected InProcessKernelTest(InterpreterFixture fixture)
    {
        _kernel = new JupyterKernel(_transport, fixture.Interpreter, new KernelLog(new StringWriter(), null, verbose: false));
        _kernel.Start();
    }

    public void Dispose()
    {
        _kernel.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Executes <paramref name="code"/>; whether the reply said ok, and the IOPub messages it caused.</summary>
    protected (bool Ok, List<Message> Iopub) Call(string code)
    {
        var (reply, iopub) = _transport.Call(Channel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest(code, false, true, null, false, true));
        return (reply.Content["status"]!.GetValue<string>() == "ok", iopub);
    }

    /// <summary>Executes <paramref name="code"/>, which must succeed (the failure message shows the error and traceback).</summary>
    protected List<Message> Run(string code)
    {
        var (ok, iopub) = Call(code);
        var error = iopub.FirstOrDefault(m => m.MessageType == MessageTypes.Error);
        Assert.True(ok, $"{code}\n→ {error?.Content["ename"]}: {error?.Content["evalue"]}\n"
            + string.Join("\n", error?.Content["traceback"]?.AsArray().Select(t => t!.GetValue<string>()) ?? []));
        return iopub;
    }

    protected static JsonNode Data(List<Message> iopub, string type) => iopub.Single(m => m.MessageType == type).Content["data"]!;

    protected static List<JsonNode> Displays(List<Message> iopub) =>
        iopub.Where(m => m.MessageType == MessageTypes.DisplayData).Select(m => m.Content["data"]!).ToList();

    protected static string Stdout(List<Message> iopub) =>
        string.Concat(iopub.Where(m => m.MessageType == MessageTypes.Stream).Select(m => m.Content["text"]!.GetValue<string>()));
}
