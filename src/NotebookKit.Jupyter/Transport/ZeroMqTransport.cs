using NetMQ;
using NetMQ.Sockets;
using NotebookKit.Jupyter.Protocol;

namespace NotebookKit.Jupyter.Transport;

/// <summary>
/// The kernel's end: the five sockets bound as the connection file says (ROUTER for shell, control and stdin,
/// PUB for iopub, REP for the heartbeat) in three <see cref="SocketLoop"/>s: shell, stdin and iopub share one;
/// control has its own, so an interrupt never waits behind a cell; the heartbeat echoes on a third.
/// </summary>
public sealed class ZeroMqTransport : IKernelTransport
{
    private readonly SocketLoop _main;
    private readonly SocketLoop _control;
    private readonly SocketLoop _heartbeat;

    public ZeroMqTransport(ConnectionInfo connection)
    {
        var codec = new WireCodec(new MessageSigner(connection.Key));
        _main = new SocketLoop("jupyter-shell", codec);
        _control = new SocketLoop("jupyter-control", codec);
        _heartbeat = new SocketLoop("jupyter-heartbeat", codec);
        try
        {
            _main.Add(Channel.Shell, Bind(new RouterSocket(), connection, connection.ShellPort, "shell"));
            _main.Add(Channel.Stdin, Bind(new RouterSocket(), connection, connection.StdinPort, "stdin"));
            _main.Add(Channel.IOPub, Bind(new PublisherSocket(), connection, connection.IopubPort, "iopub"));
            _control.Add(Channel.Control, Bind(new RouterSocket(), connection, connection.ControlPort, "control"));
            _heartbeat.AddEcho(Bind(new ResponseSocket(), connection, connection.HeartbeatPort, "heartbeat"));
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public void Start(Action<Channel, Message> onMessage, Action<Channel, string> onRejected)
    {
        _main.Start(onMessage, onRejected);
        _control.Start(onMessage, onRejected);
        _heartbeat.Start(onMessage, onRejected);
    }

    public void Send(Channel channel, Message message) => (channel == Channel.Control ? _control : _main).Send(channel, message);

    public void Flush()
    {
        _main.Flush();
        _control.Flush();
    }

    private static NetMQSocket Bind(NetMQSocket socket, ConnectionInfo connection, int port, string name)
    {
        // Replies and the final idle still go out when the kernel shuts down right after sending them.
        socket.Options.Linger = TimeSpan.FromSeconds(1);
        var endpoint = connection.Endpoint(port);
        try
        {
            socket.Bind(endpoint);
            return socket;
        }
        catch (NetMQException e)
        {
            socket.Dispose();
            throw new IOException($"Could not bind the {name} socket to {endpoint} (from the connection file): {e.Message}", e);
        }
    }

    public void Dispose()
    {
        Flush();
        _main.Dispose();
        _control.Dispose();
        _heartbeat.Dispose();
    }
}
