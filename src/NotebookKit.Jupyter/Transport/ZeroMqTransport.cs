using NetMQ;
using NetMQ.Sockets;
using NotebookKit.Jupyter.Protocol;

namespace NotebookKit.Jupyter.Transport;

/// <summary>
/// The five ZeroMQ sockets of a Jupyter kernel, bound as the connection file says. NetMQ sockets are
/// not thread-safe, so each is used only by its poller's thread and every send is queued to it:
/// shell, stdin and iopub share one poller; control has its own (interrupts must never wait behind a
/// cell); the heartbeat echoes on a third.
/// </summary>
public sealed class ZeroMqTransport : IKernelTransport
{
    private readonly WireCodec _codec;
    private readonly RouterSocket _shell = new();
    private readonly RouterSocket _control = new();
    private readonly RouterSocket _stdin = new();
    private readonly PublisherSocket _iopub = new();
    private readonly ResponseSocket _heartbeat = new();
    private readonly NetMQQueue<Action> _mainQueue = new();
    private readonly NetMQQueue<Action> _controlQueue = new();
    private readonly NetMQPoller _mainPoller;
    private readonly NetMQPoller _controlPoller;
    private readonly NetMQPoller _heartbeatPoller;
    private readonly List<Thread> _threads = [];
    private Action<Channel, Message> _onMessage = (_, _) => { };
    private Action<Channel, string> _onRejected = (_, _) => { };
    private bool _disposed;

    public ZeroMqTransport(ConnectionInfo connection)
    {
        _codec = new WireCodec(new MessageSigner(connection.Key));
        foreach (var socket in new NetMQSocket[] { _shell, _control, _stdin, _iopub, _heartbeat })
            socket.Options.Linger = TimeSpan.FromSeconds(1);
        _shell.Bind(connection.Endpoint(connection.ShellPort));
        _control.Bind(connection.Endpoint(connection.ControlPort));
        _stdin.Bind(connection.Endpoint(connection.StdinPort));
        _iopub.Bind(connection.Endpoint(connection.IopubPort));
        _heartbeat.Bind(connection.Endpoint(connection.HeartbeatPort));

        _shell.ReceiveReady += (_, e) => Receive(Channel.Shell, e.Socket);
        _stdin.ReceiveReady += (_, e) => Receive(Channel.Stdin, e.Socket);
        _control.ReceiveReady += (_, e) => Receive(Channel.Control, e.Socket);
        _heartbeat.ReceiveReady += (_, e) => e.Socket.SendMultipartBytes(e.Socket.ReceiveMultipartBytes());
        _mainQueue.ReceiveReady += (_, e) => RunQueued(e.Queue);
        _controlQueue.ReceiveReady += (_, e) => RunQueued(e.Queue);
        _mainPoller = new NetMQPoller { _shell, _stdin, _iopub, _mainQueue };
        _controlPoller = new NetMQPoller { _control, _controlQueue };
        _heartbeatPoller = new NetMQPoller { _heartbeat };
    }

    public void Start(Action<Channel, Message> onMessage, Action<Channel, string> onRejected)
    {
        _onMessage = onMessage;
        _onRejected = onRejected;
        StartThread(_mainPoller, "jupyter-shell");
        StartThread(_controlPoller, "jupyter-control");
        StartThread(_heartbeatPoller, "jupyter-heartbeat");
    }

    public void Send(Channel channel, Message message)
    {
        if (_disposed)
            return;
        // An iopub message is broadcast: it never carries the requester's routing identities.
        var frames = _codec.Encode(channel == Channel.IOPub ? message with { Identities = [] } : message);
        switch (channel)
        {
            case Channel.Control:
                _controlQueue.Enqueue(() => _control.SendMultipartBytes(frames));
                break;
            case Channel.Shell:
                _mainQueue.Enqueue(() => _shell.SendMultipartBytes(frames));
                break;
            case Channel.Stdin:
                _mainQueue.Enqueue(() => _stdin.SendMultipartBytes(frames));
                break;
            default:
                // The iopub topic frame: ipykernel uses "kernel.<id>.<msg_type>"; clients subscribe to everything.
                frames.Insert(0, System.Text.Encoding.ASCII.GetBytes("kernel." + message.MessageType));
                _mainQueue.Enqueue(() => _iopub.SendMultipartBytes(frames));
                break;
        }
    }

    public void Flush()
    {
        if (_disposed)
            return;
        using var main = new ManualResetEventSlim();
        using var control = new ManualResetEventSlim();
        _mainQueue.Enqueue(main.Set);
        _controlQueue.Enqueue(control.Set);
        main.Wait(TimeSpan.FromSeconds(5));
        control.Wait(TimeSpan.FromSeconds(5));
    }

    private void Receive(Channel channel, NetMQSocket socket)
    {
        var frames = socket.ReceiveMultipartBytes();
        Message message;
        try
        {
            message = _codec.Decode(frames);
        }
        catch (WireFormatException e)
        {
            _onRejected(channel, e.Message);
            return;
        }
        _onMessage(channel, message);
    }

    private static void RunQueued(NetMQQueue<Action> queue)
    {
        while (queue.TryDequeue(out var action, TimeSpan.Zero))
            action();
    }

    private void StartThread(NetMQPoller poller, string name)
    {
        var thread = new Thread(poller.Run) { IsBackground = true, Name = name };
        thread.Start();
        _threads.Add(thread);
    }

    public void Dispose()
    {
        if (_disposed)
            return;
        Flush();
        _disposed = true;
        foreach (var poller in new[] { _mainPoller, _controlPoller, _heartbeatPoller })
            if (poller.IsRunning)
                poller.Stop();
        foreach (var disposable in new IDisposable[] { _mainPoller, _controlPoller, _heartbeatPoller, _mainQueue, _controlQueue, _shell, _control, _stdin, _iopub, _heartbeat })
            disposable.Dispose();
    }
}
