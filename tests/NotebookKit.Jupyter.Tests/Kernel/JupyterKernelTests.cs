using System.Text.Json.Nodes;
using NotebookKit.Jupyter.Kernel;
using NotebookKit.Jupyter.Protocol;

namespace NotebookKit.Jupyter.Tests.Kernel;

/// <summary>The dispatcher with a fake transport: what the conformance suite does not cover.</summary>
[Collection(InProcessKernelCollection.Name)]
public sealed class JupyterKernelTests : IDisposable
{
    private readonly FakeTransport _transport = new();
    private readonly StringWriter _logText = new();
    private readonly JupyterKernel _kernel;

    public JupyterKernelTests(InterpreterFixture fixture)
    {
        _kernel = new JupyterKernel(_transport, fixture.Interpreter, new KernelLog(_logText, null, verbose: true));
        _kernel.Start();
    }

    public void Dispose() => _kernel.Dispose();

    private (Message Reply, List<Message> Iopub) Execute(string code, bool silent = false, bool storeHistory = true, bool allowStdin = false,
        bool stopOnError = true, JsonObject? userExpressions = null) =>
        _transport.Call(Channel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest(code, silent, storeHistory, userExpressions, allowStdin, stopOnError));

    private static List<string> Types(IEnumerable<Message> messages) => messages.Select(m => m.MessageType).ToList();

    private static string Text(Message message, string field) => message.Content[field]!.GetValue<string>();

    [Fact]
    public void Starting_is_published_once_and_every_request_is_bracketed_by_busy_and_idle()
    {
        var starting = _transport.Next(m => m.Message.MessageType == MessageTypes.Status && m.Message.ParentHeader is null);
        var (reply, iopub) = _transport.Call(Channel.Shell, MessageTypes.KernelInfoRequest, new JsonObject());

        Assert.Equal("starting", Text(starting.Message, "execution_state"));
        Assert.Equal(MessageTypes.KernelInfoReply, reply.MessageType);
        Assert.Equal(["busy", "idle"], iopub.Select(m => Text(m, "execution_state")));
    }

    [Fact]
    public void Execute_publishes_input_outputs_and_result_then_replies_with_the_count()
    {
        Execute("var warm = 1;");
        var (reply, iopub) = Execute("Console.WriteLine(\"hi\");\n6 * 7");

        Assert.Equal(["status", "execute_input", "stream", "execute_result", "status"], Types(iopub));
        Assert.Equal("Console.WriteLine(\"hi\");\n6 * 7", Text(iopub[1], "code"));
        Assert.Equal("42", iopub[3].Content["data"]!["text/plain"]!.GetValue<string>());
        Assert.Equal(2, reply.Content["execution_count"]!.GetValue<int>());
        Assert.Equal(2, iopub[3].Content["execution_count"]!.GetValue<int>());
    }

    [Fact]
    public void Silent_execution_publishes_nothing_and_does_not_count()
    {
        Execute("var counted = 1;");
        var (reply, iopub) = Execute("Console.WriteLine(\"quiet\");\n1 + 1", silent: true);
        var (next, _) = Execute("2");

        Assert.Equal(["status", "status"], Types(iopub));
        Assert.Equal("ok", Text(reply, "status"));
        Assert.Equal(1, reply.Content["execution_count"]!.GetValue<int>());
        Assert.Equal(2, next.Content["execution_count"]!.GetValue<int>());
    }

    [Fact]
    public void Store_history_false_runs_the_cell_but_neither_counts_nor_records_it()
    {
        Execute("var recorded = 10;");
        var (reply, iopub) = Execute("recorded + 1", storeHistory: false);
        var (history, _) = _transport.Call(Channel.Shell, MessageTypes.HistoryRequest, new HistoryRequest(HistAccessType: "tail", N: 10));

        Assert.Equal("11", iopub.Single(m => m.MessageType == MessageTypes.ExecuteResult).Content["data"]!["text/plain"]!.GetValue<string>());
        Assert.Equal(1, reply.Content["execution_count"]!.GetValue<int>());
        var row = Assert.Single(history.Content["history"]!.AsArray());
        Assert.Equal("var recorded = 10;", row![2]!.GetValue<string>());
    }

    [Fact]
    public void Stop_on_error_aborts_the_queued_executes()
    {
        var failing = _transport.Deliver(Channel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest("System.Threading.Thread.Sleep(500);\nthrow new Exception(\"first fails\");"));
        var queued1 = _transport.Deliver(Channel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest("Console.WriteLine(\"must not run\");"));
        var queued2 = _transport.Deliver(Channel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest("Console.WriteLine(\"must not run either\");"));

        var (first, _) = _transport.Collect(failing);
        var (second, secondIopub) = _transport.Collect(queued1);
        var (third, _) = _transport.Collect(queued2);
        var (later, _) = Execute("1");

        Assert.Equal("error", Text(first, "status"));
        Assert.Equal("aborted", Text(second, "status"));
        Assert.Equal("aborted", Text(third, "status"));
        Assert.DoesNotContain(MessageTypes.Stream, Types(secondIopub));
        Assert.Equal("ok", Text(later, "status"));
    }

    [Fact]
    public void Without_stop_on_error_the_queued_executes_still_run()
    {
        var failing = _transport.Deliver(Channel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest("System.Threading.Thread.Sleep(300);\nthrow new Exception(\"fails\");", StopOnError: false));
        var queued = _transport.Deliver(Channel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest("Console.WriteLine(\"runs\");"));

        Assert.Equal("error", Text(_transport.Collect(failing).Reply, "status"));
        var (reply, iopub) = _transport.Collect(queued);
        Assert.Equal("ok", Text(reply, "status"));
        Assert.Equal("runs\n", Text(iopub.Single(m => m.MessageType == MessageTypes.Stream), "text"));
    }

    [Fact]
    public void User_expressions_are_evaluated_after_the_cell_without_changing_it()
    {
        var (reply, _) = Execute("var ue = 20;", userExpressions: new JsonObject { ["double"] = "ue * 2", ["broken"] = "nothing_here" });

        var results = reply.Content["user_expressions"]!;
        Assert.Equal("ok", results["double"]!["status"]!.GetValue<string>());
        Assert.Equal("40", results["double"]!["data"]!["text/plain"]!.GetValue<string>());
        Assert.Equal("error", results["broken"]!["status"]!.GetValue<string>());
        Assert.Equal("CompilationError", results["broken"]!["ename"]!.GetValue<string>());
    }

    [Fact]
    public void Console_ReadLine_asks_the_frontend_through_stdin_when_allowed()
    {
        var request = _transport.Deliver(Channel.Shell, MessageTypes.ExecuteRequest,
            new ExecuteRequest("var name = Console.ReadLine();\nConsole.WriteLine($\"hello {name}\");", AllowStdin: true));

        var (channel, inputRequest) = _transport.Next(m => m.Channel == Channel.Stdin);
        Assert.Equal(MessageTypes.InputRequest, inputRequest.MessageType);
        Assert.Equal(request.Header.MessageId, inputRequest.ParentHeader!.MessageId);
        _transport.Deliver(Channel.Stdin, Message.Create(MessageTypes.InputReply, new InputReply("Ada"), inputRequest, "test-client"));
        var (reply, iopub) = _transport.Collect(request);

        Assert.Equal(Channel.Stdin, channel);
        Assert.Equal("ok", Text(reply, "status"));
        Assert.Equal("hello Ada\n", Text(iopub.Single(m => m.MessageType == MessageTypes.Stream), "text"));
    }

    [Fact]
    public void Console_ReadLine_fails_clearly_when_the_frontend_does_not_allow_stdin()
    {
        var (reply, iopub) = Execute("var line = Console.ReadLine();", allowStdin: false);

        Assert.Equal("error", Text(reply, "status"));
        var error = Assert.Single(iopub, m => m.MessageType == MessageTypes.Error);
        Assert.Contains("allow_stdin is false", Text(error, "evalue"));
    }

    [Fact]
    public void Shutdown_with_restart_is_answered_on_control_and_stops_the_kernel()
    {
        var (reply, iopub) = _transport.Call(Channel.Control, MessageTypes.ShutdownRequest, new ShutdownRequest(Restart: true));

        Assert.Equal(MessageTypes.ShutdownReply, reply.MessageType);
        Assert.True(reply.Content["restart"]!.GetValue<bool>());
        Assert.Equal(["busy", "idle"], iopub.Select(m => Text(m, "execution_state")));
        Assert.True(_kernel.WaitForShutdown(TimeSpan.FromSeconds(10)));
        Assert.True(_kernel.RestartRequested);
    }

    [Fact]
    public void An_unknown_request_gets_an_error_reply_and_is_logged_and_the_kernel_lives_on()
    {
        var (reply, iopub) = _transport.Call(Channel.Shell, "frobnicate_request", new JsonObject());
        var (info, _) = _transport.Call(Channel.Shell, MessageTypes.KernelInfoRequest, new JsonObject());

        Assert.Equal("frobnicate_reply", reply.MessageType);
        Assert.Equal("error", Text(reply, "status"));
        Assert.Equal(["busy", "idle"], iopub.Select(m => Text(m, "execution_state")));
        Assert.Contains("Unknown message type 'frobnicate_request'", _logText.ToString());
        Assert.Equal("ok", Text(info, "status"));
    }

    [Fact]
    public void A_malformed_execute_request_is_answered_with_an_error_and_logged()
    {
        var (reply, _) = _transport.Call(Channel.Shell, MessageTypes.ExecuteRequest, new JsonObject { ["silent"] = "not a bool" });
        var (next, _) = Execute("1 + 1");

        Assert.Equal("error", Text(reply, "status"));
        Assert.Contains("execute_request", _logText.ToString());
        Assert.Equal("ok", Text(next, "status"));
    }

    [Fact]
    public void Display_update_and_clear_become_display_messages_with_the_display_id()
    {
        var (_, iopub) = Execute("""
            var sink = NotebookKit.Display.DisplaySession.Current!;
            sink.Display(new NotebookKit.Display.MimeBundle("first").With("application/json", System.Text.Json.Nodes.JsonNode.Parse("{\"a\":1}")!), "progress");
            sink.Update(new NotebookKit.Display.MimeBundle("second"), "progress");
            sink.Clear(true);
            """);

        var display = iopub.Single(m => m.MessageType == MessageTypes.DisplayData);
        var update = iopub.Single(m => m.MessageType == MessageTypes.UpdateDisplayData);
        Assert.Equal(1, display.Content["data"]!["application/json"]!["a"]!.GetValue<int>());
        Assert.Equal("progress", display.Content["transient"]!["display_id"]!.GetValue<string>());
        Assert.Equal("second", update.Content["data"]!["text/plain"]!.GetValue<string>());
        Assert.Equal("progress", update.Content["transient"]!["display_id"]!.GetValue<string>());
        Assert.True(iopub.Single(m => m.MessageType == MessageTypes.ClearOutput).Content["wait"]!.GetValue<bool>());
    }

    [Fact]
    public void A_plain_fit_in_a_cell_shows_the_live_chart_and_updates_it_in_place()
    {
        var (reply, iopub) = Execute("""
            var plain = new Sequential<double>(new Dense<double>(2, inputs: 2, activation: Activation.Softmax));
            plain.Compile(new SGD(0.1), Loss.CategoricalCrossEntropy);
            plain.Fit(Matrix<double>.Build.Dense(8, 2, (i, j) => (i + j) % 3), Matrix<double>.Build.Dense(8, 2, (i, j) => j == i % 2 ? 1 : 0), epochs: 3);
            """);

        Assert.Equal("ok", Text(reply, "status"));
        var chart = iopub.Single(m => m.MessageType == MessageTypes.DisplayData && m.Content["transient"]?["display_id"] is not null);
        string id = chart.Content["transient"]!["display_id"]!.GetValue<string>();
        var final = iopub.Last(m => m.MessageType == MessageTypes.UpdateDisplayData);
        Assert.Equal(id, final.Content["transient"]!["display_id"]!.GetValue<string>());
        Assert.StartsWith("Done: 3 epochs", final.Content["data"]!["text/plain"]!.GetValue<string>());
    }

    [Fact]
    public void Ten_thousand_quick_lines_arrive_in_a_few_stream_messages_with_every_line()
    {
        var (_, iopub) = Execute("for (var i = 0; i < 10000; i++) Console.WriteLine(i);");

        var streams = iopub.Where(m => m.MessageType == MessageTypes.Stream).ToList();
        var text = string.Concat(streams.Select(m => Text(m, "text")));
        Assert.Equal(string.Concat(Enumerable.Range(0, 10000).Select(i => i + "\n")), text);
        Assert.InRange(streams.Count, 1, 500);
    }

    [Fact]
    public void Interrupt_on_control_stops_an_infinite_loop_and_the_next_cell_runs()
    {
        Execute("var survivor = 41;");
        var running = _transport.Deliver(Channel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest("while (true) { }"));
        _transport.Next(m => m.Message.MessageType == MessageTypes.ExecuteInput && m.Message.ParentHeader!.MessageId == running.Header.MessageId);
        var (interruptReply, _) = _transport.Call(Channel.Control, MessageTypes.InterruptRequest, new JsonObject());
        var (reply, iopub) = _transport.Collect(running);
        var (_, after) = Execute("survivor + 1");

        Assert.Equal("ok", Text(interruptReply, "status"));
        Assert.Equal("OperationCanceledException", Text(reply, "ename"));
        Assert.Single(iopub, m => m.MessageType == MessageTypes.Error);
        Assert.Equal("42", after.Single(m => m.MessageType == MessageTypes.ExecuteResult).Content["data"]!["text/plain"]!.GetValue<string>());
    }

    [Fact]
    public void History_answers_tail_range_and_search()
    {
        Execute("var h1 = 1;");
        Execute("var h2 = 2;");
        Execute("h1 + h2");

        var tail = _transport.Call(Channel.Shell, MessageTypes.HistoryRequest, new HistoryRequest(Output: true, HistAccessType: "tail", N: 1)).Reply;
        var range = _transport.Call(Channel.Shell, MessageTypes.HistoryRequest, new HistoryRequest(HistAccessType: "range", Start: 1, Stop: 3)).Reply;
        var search = _transport.Call(Channel.Shell, MessageTypes.HistoryRequest, new HistoryRequest(HistAccessType: "search", Pattern: "var h*")).Reply;

        var last = Assert.Single(tail.Content["history"]!.AsArray())!;
        Assert.Equal(3, last[1]!.GetValue<int>());
        Assert.Equal("h1 + h2", last[2]![0]!.GetValue<string>());
        Assert.Equal("3", last[2]![1]!.GetValue<string>());
        Assert.Equal([1, 2], range.Content["history"]!.AsArray().Select(r => r![1]!.GetValue<int>()));
        Assert.Equal(["var h1 = 1;", "var h2 = 2;"], search.Content["history"]!.AsArray().Select(r => r![2]!.GetValue<string>()));
    }

    [Fact]
    public void Comm_info_reports_no_comms()
    {
        var (reply, _) = _transport.Call(Channel.Shell, MessageTypes.CommInfoRequest, new JsonObject());

        Assert.Equal("ok", Text(reply, "status"));
        Assert.Empty(reply.Content["comms"]!.AsObject());
    }

    [Fact]
    public void Interrupt_stops_a_long_fit_inside_the_library_and_the_model_stays_usable()
    {
        var running = _transport.Deliver(Channel.Shell, MessageTypes.ExecuteRequest, new ExecuteRequest("""
            var model = new Sequential(new Dense(3, inputs: 2, activation: Activation.Softmax));
            model.Compile(new SGD(0.1), Loss.CategoricalCrossEntropy);
            var fx = Matrix<float>.Build.Dense(3000, 2, (i, j) => (float)((i * 7 + j * 3) % 11) / 11f);
            var fy = Matrix<float>.Build.Dense(3000, 3, (i, j) => j == i % 3 ? 1f : 0f);
            Console.WriteLine("training");
            model.Fit(fx, fy, epochs: 1_000_000, batchSize: 10);
            """));
        _transport.Next(m => m.Message.MessageType == MessageTypes.Stream && m.Message.ParentHeader!.MessageId == running.Header.MessageId);
        _transport.Call(Channel.Control, MessageTypes.InterruptRequest, new JsonObject());
        var (reply, _) = _transport.Collect(running);
        var (after, _) = Execute("model.Layers.Count");

        Assert.Equal("OperationCanceledException", Text(reply, "ename"));
        Assert.Equal("ok", Text(after, "status"));
    }
}
