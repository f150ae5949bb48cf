using System.Text.Json.Nodes;
using NotebookKit.Display;
using NotebookKit.Jupyter.Execution;
using NotebookKit.Jupyter.Protocol;
using NotebookKit.Jupyter.Transport;

namespace NotebookKit.Jupyter.Kernel;

/// <summary>execute_request: the cell runs in the interpreter, its outputs come back through an <see cref="IopubCellOutput"/>; stdin requests.</summary>
public sealed partial class JupyterKernel
{
    private void OnExecute(Channel channel, Message request)
    {
        var execute = request.ContentAs<ExecuteRequest>();
        if (execute.Code is null)
            throw new InvalidDataException("execute_request has no 'code'.");
        if (Interlocked.CompareExchange(ref _abortQueued, 0, 0) > 0)
        {
            // An earlier cell failed with stop_on_error: requests queued behind it are not run.
            Interlocked.Decrement(ref _abortQueued);
            Reply(channel, request, MessageTypes.ExecuteReply, new ExecuteReply("aborted", _executionCount));
            return;
        }
        var storeHistory = execute.StoreHistory && !execute.Silent;
        if (storeHistory)
            _executionCount++;
        var count = _executionCount;
        // Silent: nothing of the cell is shown (Jupyter's "silent"), so it gets no output port at all.
        var output = execute.Silent ? null : new IopubCellOutput(this, request, count, execute.AllowStdin);
        var replied = false;
        // An interrupt from now until the reply stops this request, even if it comes before the cell's code runs.
        var interrupt = new CancellationTokenSource();
        lock (_inputGate)
            _executing = interrupt;
        try
        {
            if (!execute.Silent)
                Publish(MessageTypes.ExecuteInput, new ExecuteInput(execute.Code, count), request);
            if (PagerTarget(execute.Code) is { } target)
            {
                Reply(channel, request, MessageTypes.ExecuteReply, new ExecuteReply("ok", count, Page(target, output), new JsonObject()));
                replied = true;
                if (storeHistory)
                    _history.Add(count, execute.Code, null);
                return;
            }
            var outcome = RunCell(execute.Code, output, interrupt.Token);
            if (outcome.Error is { } error)
            {
                replied = true;
                Fail(channel, request, execute, count, error);
            }
            else
            {
                var expressions = EvaluateUserExpressions(execute.UserExpressions, output, interrupt.Token);
                replied = true;
                Reply(channel, request, MessageTypes.ExecuteReply, new ExecuteReply("ok", count, new JsonArray(), expressions));
            }
            if (storeHistory)
                _history.Add(count, execute.Code, output?.ResultText);
        }
        catch (Exception e) when (!replied)
        {
            _log.Warning($"execute_request {request.Header.MessageId} failed in the kernel: {e}");
            Fail(channel, request, execute, count, ExceptionFormatter.KernelFailure(e, "handling this execute_request"));
        }
        finally
        {
            lock (_inputGate)
                _executing = null;
        }
    }

    /// <summary>Runs the cell; a failure of the kernel's own code becomes the cell's error instead of a silent cell.</summary>
    private ExecutionOutcome RunCell(string code, ICellOutput? output, CancellationToken interrupt)
    {
        try
        {
            return _interpreter.Execute(code, output, interrupt);
        }
        catch (Exception e)
        {
            _log.Warning($"Running a cell failed in the kernel: {e}");
            return ExecutionOutcome.Failed(ExceptionFormatter.KernelFailure(e, "running this cell"));
        }
    }

    /// <summary>The one place a failed execute is answered: exactly one coloured <c>error</c> on IOPub, then the reply.</summary>
    private void Fail(Channel channel, Message request, ExecuteRequest execute, int count, ExecutionError error)
    {
        error = TracebackColors.Apply(error);
        if (!execute.Silent)
            Publish(MessageTypes.Error, new ErrorContent(error.Name, error.Value, error.Traceback), request);
        Reply(channel, request, MessageTypes.ExecuteReply,
            new ExecuteReply("error", count, ErrorName: error.Name, ErrorValue: error.Value, Traceback: error.Traceback));
        if (execute.StopOnError)
            Interlocked.Exchange(ref _abortQueued, _shellQueue.Count(m => m.MessageType == MessageTypes.ExecuteRequest));
    }

    /// <summary>IPython's pager: <c>?Math.Sqrt</c> or <c>Math.Sqrt?</c> shows the documentation instead of running code.</summary>
    private static string? PagerTarget(string code)
    {
        var trimmed = code.Trim();
        var target = trimmed.StartsWith('?') ? trimmed[1..] : trimmed.EndsWith('?') && !trimmed.EndsWith("??", StringComparison.Ordinal) ? trimmed[..^1] : null;
        return target is not null && PagerName().IsMatch(target) ? target : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")]
    private static partial System.Text.RegularExpressions.Regex PagerName();

    private JsonArray Page(string target, ICellOutput? output)
    {
        var result = _interpreter.Inspect(target, target.Length, detailLevel: 1);
        if (!result.Found)
        {
            output?.Stream("stdout", $"Object `{target}` not found.\n");
            return new JsonArray();
        }
        return new JsonArray(new JsonObject
        {
            ["source"] = "page",
            ["data"] = new JsonObject { [MimeTypes.PlainText] = result.PlainText, [MimeTypes.Markdown] = result.Markdown },
            ["start"] = 0,
        });
    }

    private JsonObject EvaluateUserExpressions(JsonObject? expressions, ICellOutput? output, CancellationToken interrupt)
    {
        var results = new JsonObject();
        if (expressions is null)
            return results;
        foreach (var (name, node) in expressions)
        {
            var outcome = _interpreter.Evaluate(node?.GetValue<string>() ?? "", output, interrupt);
            results[name] = outcome.Error is { } error
                ? new JsonObject
                {
                    ["status"] = "error",
                    ["ename"] = error.Name,
                    ["evalue"] = error.Value,
                    ["traceback"] = new JsonArray(error.Traceback.Select(line => (JsonNode?)line).ToArray()),
                }
                : new JsonObject
                {
                    ["status"] = "ok",
                    ["data"] = MimeBundleJson.Data(outcome.Bundle ?? new MimeBundle(outcome.HasValue ? "null" : "")),
                    ["metadata"] = new JsonObject(),
                };
        }
        return results;
    }

    /// <summary>Sends input_request on stdin and blocks the cell until input_reply (or an interrupt).</summary>
    internal string RequestInput(Message parent, string prompt, bool password)
    {
        var pending = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_inputGate)
            _pendingInput = pending;
        try
        {
            _transport.Send(Channel.Stdin, Message.Create(MessageTypes.InputRequest, new InputRequest(prompt, password), parent, Session));
            return pending.Task.GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is TaskCanceledException or ThreadInterruptedException)
        {
            throw new OperationCanceledException("The cell was interrupted while waiting for input.", e);
        }
        finally
        {
            lock (_inputGate)
                _pendingInput = null;
        }
    }

    private void OnInputReply(Message message)
    {
        if (message.MessageType != MessageTypes.InputReply)
        {
            _log.Warning($"Ignored {message.MessageType} on stdin (only input_reply is expected there).");
            return;
        }
        var value = message.ContentAs<InputReply>().Value ?? "";
        lock (_inputGate)
        {
            if (_pendingInput is null)
                _log.Warning("Ignored an input_reply that no cell was waiting for.");
            _pendingInput?.TrySetResult(value);
        }
    }
}
