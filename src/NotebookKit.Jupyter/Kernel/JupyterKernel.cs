using System.Text.Json.Nodes;
using NotebookKit.Display;
using NotebookKit.Jupyter.Execution;
using NotebookKit.Jupyter.Protocol;
using NotebookKit.Jupyter.Transport;

namespace NotebookKit.Jupyter.Kernel;

/// <summary>
/// The kernel core: one dispatch table from msg_type to handler, busy/idle around every request in one
/// <c>finally</c>, the execution counter, history and stop-on-error. Shell requests run one at a time
/// on a dedicated thread with a large stack; control requests run on the transport's control thread,
/// so interrupt and shutdown are answered while a cell runs. Knows the protocol, not the language.
/// </summary>
public sealed partial class JupyterKernel : IDisposable
{
    private readonly IKernelTransport _transport;
    private readonly IInterpreter _interpreter;
    private readonly KernelLog _log;
    private readonly Dictionary<string, Action<Channel, Message>> _handlers;
    private readonly SleepingQueue<Message> _shellQueue = new();
    private readonly ManualResetEventSlim _stopped = new();
    private readonly KernelHistory _history = new();
    private readonly object _inputGate = new();
    private TaskCompletionSource<string>? _pendingInput;
    private CancellationTokenSource? _executing;
    private Thread? _executionThread;
    private volatile bool _disposed;
    private int _abortQueued;
    private int _executionCount;

    public JupyterKernel(IKernelTransport transport, IInterpreter interpreter, KernelLog? log = null)
    {
        _transport = transport;
        _interpreter = interpreter;
        _log = log ?? KernelLog.None;
        Session = Guid.NewGuid().ToString("N");
        _handlers = new Dictionary<string, Action<Channel, Message>>(StringComparer.Ordinal)
        {
            [MessageTypes.KernelInfoRequest] = OnKernelInfo,
            [MessageTypes.ExecuteRequest] = OnExecute,
            [MessageTypes.CompleteRequest] = OnComplete,
            [MessageTypes.InspectRequest] = OnInspect,
            [MessageTypes.IsCompleteRequest] = OnIsComplete,
            [MessageTypes.HistoryRequest] = OnHistory,
            [MessageTypes.CommInfoRequest] = OnCommInfo,
            [MessageTypes.InterruptRequest] = OnInterrupt,
            [MessageTypes.ShutdownRequest] = OnShutdown,
        };
    }

    /// <summary>The session id in every header this kernel sends.</summary>
    public string Session { get; }

    /// <summary>Set once a shutdown_request has been answered; <c>Restart</c> tells whether the client will start a new kernel.</summary>
    public bool ShutdownRequested { get; private set; }

    public bool RestartRequested { get; private set; }

    /// <summary>Starts the sockets and the execution thread, and publishes <c>starting</c>.</summary>
    public void Start()
    {
        _executionThread = new Thread(ExecutionLoop, maxStackSize: 64 * 1024 * 1024) { IsBackground = true, Name = "jupyter-execute" };
        _executionThread.Start();
        _transport.Start(OnMessage, (channel, reason) => _log.Warning($"Dropped a message on {channel}: {reason}"));
        Publish(MessageTypes.Status, new StatusContent("starting"), null);
    }

    /// <summary>Blocks until a shutdown_request has been answered (or <paramref name="timeout"/> passes).</summary>
    public bool WaitForShutdown(TimeSpan? timeout = null) => _stopped.Wait(timeout ?? Timeout.InfiniteTimeSpan);

    /// <summary>
    /// Interrupts the execute_request being handled (interrupt_request, SIGINT): loops, Fit, blocking waits and a
    /// pending Console.ReadLine stop. Between requests there is nothing to interrupt, so nothing happens.
    /// </summary>
    public void Interrupt()
    {
        CancellationTokenSource? executing;
        lock (_inputGate)
        {
            executing = _executing;
            _pendingInput?.TrySetCanceled();
        }
        // Outside the lock: cancelling runs the callbacks the cell registered.
        executing?.Cancel();
    }

    private void OnMessage(Channel channel, Message message)
    {
        switch (channel)
        {
            case Channel.Shell:
                _shellQueue.Add(message);
                break;
            case Channel.Control:
                Handle(channel, message);
                break;
            case Channel.Stdin:
                OnInputReply(message);
                break;
            default:
                _log.Warning($"Ignored {message.MessageType} that arrived on {channel}.");
                break;
        }
    }

    private void ExecutionLoop()
    {
        while (_shellQueue.TryTake(out var message))
        {
            Handle(Channel.Shell, message);
            if (ShutdownRequested)
                break;
        }
    }

    /// <summary>The one place a request is bracketed by busy and idle, whatever its handler does.</summary>
    private void Handle(Channel channel, Message request)
    {
        _log.Debug($"{channel}: {request.MessageType} {request.Header.MessageId}");
        Publish(MessageTypes.Status, new StatusContent("busy"), request);
        try
        {
            if (_handlers.TryGetValue(request.MessageType, out var handler))
                handler(channel, request);
            else
                OnUnknown(channel, request);
        }
        catch (Exception e)
        {
            _log.Warning($"{request.MessageType} {request.Header.MessageId} failed: {e}");
            var error = TracebackColors.Apply(ExceptionFormatter.KernelFailure(e, $"handling {request.MessageType}"));
            // A failed execute shows its error in the notebook too (OnExecute catches its own failures; this is a malformed request).
            if (request.MessageType == MessageTypes.ExecuteRequest)
                Publish(MessageTypes.Error, new ErrorContent(error.Name, error.Value, error.Traceback), request);
            Reply(channel, request, MessageTypes.ReplyTo(request.MessageType), new ErrorContent(error.Name, error.Value, error.Traceback, "error"));
        }
        finally
        {
            Publish(MessageTypes.Status, new StatusContent("idle"), request);
            if (ShutdownRequested)
                Stop();
        }
    }

    private void OnUnknown(Channel channel, Message request)
    {
        _log.Warning($"Unknown message type '{request.MessageType}' on {channel}; answered with an error.");
        if (request.MessageType.EndsWith("_request", StringComparison.Ordinal))
            Reply(channel, request, MessageTypes.ReplyTo(request.MessageType),
                new ErrorContent("UnknownMessageType", $"NotebookKit does not handle '{request.MessageType}'.", [], "error"));
    }

    private void OnKernelInfo(Channel channel, Message request) =>
        Reply(channel, request, MessageTypes.KernelInfoReply, KernelIdentity.InfoReply());

    private void OnCommInfo(Channel channel, Message request) =>
        Reply(channel, request, MessageTypes.CommInfoReply, new CommInfoReply("ok", new JsonObject()));

    private void OnInterrupt(Channel channel, Message request)
    {
        Interrupt();
        Reply(channel, request, MessageTypes.InterruptReply, new StatusReply("ok"));
    }

    private void OnShutdown(Channel channel, Message request)
    {
        var shutdown = request.ContentAs<ShutdownRequest>();
        RestartRequested = shutdown.Restart;
        ShutdownRequested = true;
        Interrupt();
        Reply(channel, request, MessageTypes.ShutdownReply, new ShutdownReply("ok", shutdown.Restart));
    }

    private void Stop()
    {
        _shellQueue.Complete();
        _transport.Flush();
        _stopped.Set();
    }

    private void OnHistory(Channel channel, Message request) =>
        Reply(channel, request, MessageTypes.HistoryReply, new HistoryReply("ok", _history.Query(request.ContentAs<HistoryRequest>())));

    private void OnIsComplete(Channel channel, Message request)
    {
        var result = _interpreter.IsComplete(request.ContentAs<IsCompleteRequest>().Code ?? "");
        Reply(channel, request, MessageTypes.IsCompleteReply, new IsCompleteReply(result.Status, result.Indent));
    }

    private void OnComplete(Channel channel, Message request)
    {
        var content = request.ContentAs<CompleteRequest>();
        var code = content.Code ?? "";
        var cursor = CodePoints.ToUtf16Index(code, content.CursorPosition ?? int.MaxValue);
        var result = _interpreter.Complete(code, cursor);
        var types = new JsonArray();
        for (var i = 0; i < result.Matches.Count; i++)
            types.Add(new JsonObject
            {
                ["start"] = CodePoints.FromUtf16Index(code, result.Start),
                ["end"] = CodePoints.FromUtf16Index(code, result.End),
                ["text"] = result.Matches[i],
                ["type"] = result.Kinds[i],
            });
        Reply(channel, request, MessageTypes.CompleteReply, new CompleteReply("ok", result.Matches,
            CodePoints.FromUtf16Index(code, result.Start), CodePoints.FromUtf16Index(code, result.End),
            new JsonObject { ["_jupyter_types_experimental"] = types }));
    }

    private void OnInspect(Channel channel, Message request)
    {
        var content = request.ContentAs<InspectRequest>();
        var code = content.Code ?? "";
        var result = _interpreter.Inspect(code, CodePoints.ToUtf16Index(code, content.CursorPosition ?? int.MaxValue), content.DetailLevel);
        var data = new JsonObject();
        if (result.Found)
        {
            data[MimeTypes.PlainText] = result.PlainText;
            data[MimeTypes.Markdown] = result.Markdown;
        }
        Reply(channel, request, MessageTypes.InspectReply, new InspectReply("ok", result.Found, data, new JsonObject()));
    }

    private void Reply(Channel channel, Message request, string messageType, object content) =>
        _transport.Send(channel, Message.Create(messageType, content, request, Session));

    internal void Publish(string messageType, object content, Message? parent)
    {
        // Text a task printed after its cell may arrive after the kernel shut down: there is no one left to show it to.
        if (!_disposed)
            _transport.Send(Channel.IOPub, Message.Create(messageType, content, parent, Session));
    }

    public void Dispose()
    {
        _disposed = true;
        _shellQueue.Complete();
        _transport.Dispose();
    }
}
