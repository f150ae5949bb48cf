using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using NotebookKit.Jupyter.Protocol;
using NotebookKit.Jupyter.Transport;

namespace NotebookKit.Jupyter.Client;

/// <summary>
/// A Jupyter client speaking the real protocol over ZeroMQ, as JupyterLab and jupyter_client do: it
/// starts a kernel process with a connection file (or connects to a running kernel) and sends requests
/// on shell and control, collecting each request's iopub output until the kernel reports idle.
/// The headless runner uses it, so a notebook that passes there passes in Jupyter.
/// </summary>
public sealed class KernelClient : IAsyncDisposable
{
    private readonly ConnectionInfo _connection;
    private readonly string _session = Guid.NewGuid().ToString("N");
    private readonly ZeroMqClientTransport _transport;
    private readonly ConcurrentDictionary<string, PendingRequest> _pending = new();
    private readonly Process? _process;
    private readonly string? _connectionFile;
    private bool _disposed;

    private KernelClient(ConnectionInfo connection, Process? process, string? connectionFile)
    {
        _connection = connection;
        _process = process;
        _connectionFile = connectionFile;
        _transport = new ZeroMqClientTransport(connection, identity: _session);
        // A message this client cannot verify is not evidence of anything: it is dropped.
        _transport.Start(Receive, (_, _) => { });
    }

    /// <summary>The kernel's kernel_info_reply content, read when the client connected.</summary>
    public JsonObject KernelInfo { get; private set; } = new();

    /// <summary>Answers <c>input_request</c> (a cell's Console.ReadLine); null means cells run with allow_stdin false.</summary>
    public Func<InputRequest, string>? InputHandler { get; set; }

    /// <summary>The connection this client uses (ports and key).</summary>
    public ConnectionInfo Connection => _connection;

    /// <summary>False once the kernel process this client started has exited.</summary>
    public bool IsAlive => !_disposed && (_process is null || !_process.HasExited);

    /// <summary>Starts a kernel process on free local ports and waits until it answers kernel_info.</summary>
    public static async Task<KernelClient> StartAsync(KernelLaunchOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new KernelLaunchOptions();
        var ports = FreePorts(5);
        var connection = new ConnectionInfo
        {
            Ip = "127.0.0.1",
            ShellPort = ports[0],
            IopubPort = ports[1],
            StdinPort = ports[2],
            ControlPort = ports[3],
            HeartbeatPort = ports[4],
            Key = Guid.NewGuid().ToString("N"),
            KernelName = "notebookkit",
        };
        var file = Path.Combine(Path.GetTempPath(), $"notebookkit-kernel-{Guid.NewGuid():N}.json");
        connection.Save(file);
        var argv = (options.Argv ?? KernelLaunchOptions.DefaultArgv()).Select(a => a.Replace("{connection_file}", file)).ToList();
        var start = new ProcessStartInfo(argv[0])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = options.WorkingDirectory ?? Directory.GetCurrentDirectory(),
        };
        foreach (var argument in argv.Skip(1))
            start.ArgumentList.Add(argument);
        // The kernel exits by itself if this process dies without shutting it down.
        start.Environment["JPY_PARENT_PID"] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (name, value) in options.Environment)
            start.Environment[name] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start the kernel: {string.Join(' ', argv)}");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) options.OnKernelStderr?.Invoke(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var client = new KernelClient(connection, process, file);
        try
        {
            await client.WaitForReadyAsync(options.StartupTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await client.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return client;
    }

    /// <summary>Connects to a kernel that is already running (its connection file) and waits until it answers.</summary>
    public static async Task<KernelClient> ConnectAsync(ConnectionInfo connection, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var client = new KernelClient(connection, null, null);
        await client.WaitForReadyAsync(timeout, cancellationToken).ConfigureAwait(false);
        return client;
    }

    /// <summary>
    /// Runs one cell. Returns when the kernel has replied and gone idle; <paramref name="onMessage"/> sees each
    /// iopub message as it arrives (a progress line, a display update). Throws <see cref="TimeoutException"/>
    /// when the cell is not done within <paramref name="timeout"/> (the cell keeps running: interrupt it).
    /// </summary>
    public async Task<ExecutionResult> ExecuteAsync(string code, TimeSpan timeout, Action<Message>? onMessage = null,
        bool storeHistory = true, bool stopOnError = true, CancellationToken cancellationToken = default)
    {
        var request = new ExecuteRequest(code, Silent: false, StoreHistory: storeHistory, UserExpressions: new JsonObject(),
            AllowStdin: InputHandler is not null, StopOnError: stopOnError);
        var (reply, outputs) = await RequestAsync(Channel.Shell, MessageTypes.ExecuteRequest, request, timeout, onMessage, cancellationToken).ConfigureAwait(false);
        return new ExecutionResult(reply, outputs);
    }

    /// <summary>Any request on shell or control; returns the reply and the iopub messages between busy and idle.</summary>
    public async Task<(Message Reply, IReadOnlyList<Message> Outputs)> RequestAsync(Channel channel, string messageType, object content,
        TimeSpan timeout, Action<Message>? onMessage = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var message = Message.Create(messageType, content, null, _session);
        var pending = new PendingRequest(onMessage);
        _pending[message.Header.MessageId] = pending;
        try
        {
            _transport.Send(channel, message);
            using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeoutSource.CancelAfter(timeout);
            try
            {
                await pending.Done.Task.WaitAsync(timeoutSource.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                var state = pending.Reply is null ? "no reply" : "a reply but no idle status";
                throw new TimeoutException(!IsAlive
                    ? $"The kernel died while handling {messageType}."
                    : $"{messageType} got {state} within {timeout.TotalSeconds:0.#} s.");
            }
            return (pending.Reply!, pending.Outputs);
        }
        finally
        {
            _pending.TryRemove(message.Header.MessageId, out _);
        }
    }

    /// <summary>Sends interrupt_request on control (the kernelspec's interrupt_mode is "message").</summary>
    public Task InterruptAsync(CancellationToken cancellationToken = default) =>
        RequestAsync(Channel.Control, MessageTypes.InterruptRequest, new JsonObject(), TimeSpan.FromSeconds(10), null, cancellationToken);

    /// <summary>Asks the kernel to shut down (on control) and waits for its process to exit; kills it if it does not.</summary>
    public async Task ShutdownAsync(bool restart = false, TimeSpan? timeout = null)
    {
        if (_disposed)
            return;
        var limit = timeout ?? TimeSpan.FromSeconds(10);
        try
        {
            if (IsAlive)
                await RequestAsync(Channel.Control, MessageTypes.ShutdownRequest, new ShutdownRequest(restart), limit).ConfigureAwait(false);
            if (_process is not null)
            {
                using var wait = new CancellationTokenSource(limit);
                await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            // A kernel that does not answer or exit is stopped the hard way below.
        }
        await DisposeAsync().ConfigureAwait(false);
    }

    private async Task WaitForReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        // Like jupyter_client's wait_for_ready: a reply on shell is not enough, iopub must be connected
        // too (its subscription takes a moment), which the idle after the reply proves.
        while (true)
        {
            if (_process is { HasExited: true })
                throw new InvalidOperationException($"The kernel process exited with code {_process.ExitCode} before it was ready.");
            try
            {
                var (reply, _) = await RequestAsync(Channel.Shell, MessageTypes.KernelInfoRequest, new JsonObject(), TimeSpan.FromSeconds(1), null, cancellationToken).ConfigureAwait(false);
                KernelInfo = reply.Content;
                return;
            }
            catch (TimeoutException) when (DateTime.UtcNow < deadline)
            {
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"The kernel did not answer kernel_info within {timeout.TotalSeconds:0} s.");
            }
        }
    }

    private void Receive(Channel channel, Message message)
    {
        if (channel == Channel.Stdin)
        {
            OnInputRequest(message);
            return;
        }
        var parentId = message.ParentHeader?.MessageId;
        if (parentId is null || !_pending.TryGetValue(parentId, out var pending))
            return;
        if (channel == Channel.IOPub)
            pending.OnIopub(message);
        else
            pending.OnReply(message);
    }

    private void OnInputRequest(Message message)
    {
        if (message.MessageType != MessageTypes.InputRequest)
            return;
        var request = message.ContentAs<InputRequest>();
        var handler = InputHandler;
        // Answered off the poller thread: the handler may block (a console prompt).
        Task.Run(() =>
        {
            var value = handler?.Invoke(request) ?? "";
            _transport.Send(Channel.Stdin, Message.Create(MessageTypes.InputReply, new InputReply(value), message, _session) with { Identities = [] });
        });
    }

    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        foreach (var listener in listeners)
            listener.Start();
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        foreach (var listener in listeners)
            listener.Stop();
        return ports;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
            return;
        _disposed = true;
        _transport.Dispose();
        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().ConfigureAwait(false);
            }
            _process.Dispose();
        }
        if (_connectionFile is not null)
            File.Delete(_connectionFile);
    }

    /// <summary>One request in flight: its reply, its iopub output, done when both the reply and idle have arrived.</summary>
    private sealed class PendingRequest(Action<Message>? onMessage)
    {
        private readonly object _gate = new();
        private readonly List<Message> _outputs = [];
        private bool _idle;

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Message? Reply { get; private set; }

        public IReadOnlyList<Message> Outputs
        {
            get { lock (_gate) return [.. _outputs]; }
        }

        public void OnReply(Message reply)
        {
            lock (_gate)
            {
                Reply = reply;
                if (_idle)
                    Done.TrySetResult();
            }
        }

        public void OnIopub(Message message)
        {
            if (message.MessageType == MessageTypes.Status)
            {
                if (message.Content["execution_state"]?.GetValue<string>() != "idle")
                    return;
                lock (_gate)
                {
                    _idle = true;
                    if (Reply is not null)
                        Done.TrySetResult();
                }
                return;
            }
            lock (_gate)
                _outputs.Add(message);
            onMessage?.Invoke(message);
        }
    }
}
