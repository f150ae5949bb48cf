using System.Text.Json.Nodes;
using NotebookKit.Jupyter.Execution;
using NotebookKit.Jupyter.Kernel;
using NotebookKit.Jupyter.Protocol;
using NotebookKit.Jupyter.Transport;

namespace NotebookKit.Jupyter.Tests.Kernel;

/// <summary>When the kernel's own code fails, the cell still shows one readable error: never a silent cell.</summary>
[Collection(InProcessKernelCollection.Name)]
public sealed class KernelFailureTests : IDisposable
{
    private readonly FakeTransport _transport = new();
    private readonly JupyterKernel _kernel;

    public KernelFailureTests()
    {
        _kernel = new JupyterKernel(_transport, new FailingInterpreter(), new KernelLog(new StringWriter(), null, verbose: false));
        _kernel.Start();
    }

    public void Dispose() => _kernel.Dispose();

    [Fact]
    public void A_handler_that_throws_shows_exactly_one_error_naming_what_failed_then_replies()
    {
        var (reply, iopub) = _transport.Call(Channel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest("#r \"nuget: Plotly.NET, 6.0.0\""));

        var error = Assert.Single(iopub, m => m.MessageType == MessageTypes.Error);
        Assert.True(iopub.IndexOf(error) < iopub.FindLastIndex(m => m.MessageType == MessageTypes.Status));
        Assert.Equal("error", reply.Content["status"]!.GetValue<string>());
        Assert.Equal("NotSupportedException", error.Content["ename"]!.GetValue<string>());
        Assert.Contains("Specified method is not supported by this resolver", error.Content["evalue"]!.GetValue<string>());
        Assert.Contains("NotebookKit failed while running this cell", error.Content["evalue"]!.GetValue<string>());
        Assert.StartsWith("\u001b[0;31mSystem.NotSupportedException\u001b[0m: ", error.Content["traceback"]![0]!.GetValue<string>());
        Assert.Equal(error.Content["ename"]!.GetValue<string>(), reply.Content["ename"]!.GetValue<string>());
    }

    [Fact]
    public void A_malformed_execute_request_shows_its_error_in_the_notebook_too()
    {
        var (reply, iopub) = _transport.Call(Channel.Shell, MessageTypes.ExecuteRequest, new JsonObject { ["silent"] = "not a bool" });

        Assert.Equal("error", reply.Content["status"]!.GetValue<string>());
        Assert.Single(iopub, m => m.MessageType == MessageTypes.Error);
    }

    [Fact]
    public void A_failing_user_expression_evaluation_still_answers_with_one_error()
    {
        var (reply, iopub) = _transport.Call(Channel.Shell, MessageTypes.ExecuteRequest,
            new ExecuteRequest("fine", UserExpressions: new JsonObject { ["x"] = "1" }));

        Assert.Equal("error", reply.Content["status"]!.GetValue<string>());
        Assert.Single(iopub, m => m.MessageType == MessageTypes.Error);
    }

    /// <summary>An interpreter whose plumbing breaks the way the nuget resolver once did.</summary>
    private sealed class FailingInterpreter : IInterpreter
    {
        public ExecutionOutcome Execute(string code, ICellOutput? output, CancellationToken interrupt = default) =>
            code == "fine" ? ExecutionOutcome.NoValue : throw new NotSupportedException("Specified method is not supported by this resolver.");

        public ExecutionOutcome Evaluate(string expression, ICellOutput? output, CancellationToken interrupt = default) =>
            throw new InvalidOperationException("evaluation broke");

        public CompletionResult Complete(string code, int cursor) => throw new NotSupportedException();

        public InspectionResult Inspect(string code, int cursor, int detailLevel) => throw new NotSupportedException();

        public CompletenessResult IsComplete(string code) => new("complete");

        public void Interrupt()
        {
        }
    }
}
