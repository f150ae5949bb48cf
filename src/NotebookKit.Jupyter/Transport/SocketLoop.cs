using System.Text;
using NetMQ;
using NetMQ.Sockets;
using NotebookKit.Jupyter.Protocol;

namespace NotebookKit.Jupyter.Transport;

/// <summary>
/// The socket layer both ends share: one poller thread owning some sockets, each tied to its channel. NetMQ sockets
/// are not thread-safe, so only that thread touches them: <see cref="Send"/> encodes and signs on the caller's
/// thread and queues the write to it; received frames are verified and decoded there and handed on as messages.
/// The kernel binds its sockets into three loops (shell+stdin+iopub, control, heartbeat); a client connects its
/// four into one. As in xeus, what differs between the ends is only which sockets exist and who binds.
/// </summary>
internal sealed class SocketLoop : IDisposable
{
    private readonly string _threadName;
    private readonly WireCodec _codec;
    private readonly Dictionary<Channel, NetMQSocket> _sockets = [];
    private readonly List<NetMQSocket> _owned = [];
    private readonly NetMQQueue<Action> _writes = new();
    private readonly NetMQPoller _poller;
    private Action<Channel, Message> _onMessage = (_, _) => { };
    private Action<Channel, string> _onRejected = (_, _) => { };
    private volatile bool _disposed;

    public SocketLoop(string threadName, WireCodec codec)
    {
        _threadName = threadName;
        _codec = codec;
        _writes.ReceiveReady += (_, e) =>
        {
            while (e.Queue.TryDequeue(out var write, TimeSpan.Zero))
                write();
        };
        _poller = new NetMQPoller { _writes };
    }

    /// <summary>Adds a socket that carries signed messages on <paramref name="channel"/>; the loop owns it from now on.</summary>
    public void Add(Channel channel, NetMQSocket socket)
    {
        _sockets.Add(channel, socket);
        _owned.Add(socket);
        socket.ReceiveReady += (_, e) => Receive(channel, e.Socket);
        _poller.Add(socket);
    }

    /// <summary>Adds the heartbeat: whatever bytes arrive go straight back, never decoded.</summary>
    public void AddEcho(NetMQSocket socket)
    {
        _owned.Add(socket);
        socket.ReceiveReady += (_, e) => e.Socket.SendMultipartBytes(e.Socket.ReceiveMultipartBytes());
        _poller.Add(socket);
    }

    /// <summary>
    /// Starts the poller thread. Messages arrive on it, in order per socket; one that fails verification or framing
    /// goes to <paramref name="onRejected"/> with the reason and nowhere else.
    /// </summary>
    public void Start(Action<Channel, Message> onMessage, Action<Channel, string> onRejected)
    {
        _onMessage = onMessage;
        _onRejected = onRejected;
        new Thread(_poller.Run) { IsBackground = true, Name = _threadName }.Start();
    }

    /// <summary>Queues a message for its channel's socket; safe from any thread. Routers route by the message's identities.</summary>
    public void Send(Channel channel, Message message)
    {
        if (_disposed)
            return;
        if (!_sockets.TryGetValue(channel, out var socket) || socket is SubscriberSocket)
            throw new ArgumentException($"This end has no socket that sends on {channel}.", nameof(channel));
        List<byte[]> frames;
        if (channel == Channel.IOPub)
        {
            // A broadcast never carries the requester's routing identities. Its first frame is the topic
            // (ipykernel's "kernel.<id>.<msg_type>"); clients subscribe to everything.
            frames = _codec.Encode(message with { Identities = [] });
            frames.Insert(0, Encoding.ASCII.GetBytes("kernel." + message.MessageType));
        }
        else
        {
            frames = _codec.Encode(message);
        }
        _writes.Enqueue(() => socket.SendMultipartBytes(frames));
    }

    /// <summary>Blocks until everything queued so far has been written (at most five seconds).</summary>
    public void Flush()
    {
        if (_disposed || !_poller.IsRunning)
            return;
        using var written = new ManualResetEventSlim();
        _writes.Enqueue(written.Set);
        written.Wait(TimeSpan.FromSeconds(5));
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

    /// <summary>Stops the thread and closes the sockets; queued writes not yet flushed are dropped.</summary>
    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        if (_poller.IsRunning)
            _poller.Stop();
        _poller.Dispose();
        _writes.Dispose();
        foreach (var socket in _owned)
            socket.Dispose();
    }
}
