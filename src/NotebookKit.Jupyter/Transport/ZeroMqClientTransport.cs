using System.Text;
using NetMQ;
using NetMQ.Sockets;
using NotebookKit.Jupyter.Protocol;

namespace NotebookKit.Jupyter.Transport;

/// <summary>
/// A client's end, as jupyter_client connects it: DEALER sockets to the kernel's shell, control and stdin routers
/// and a SUB socket on its iopub, all in one <see cref="SocketLoop"/>. Shell and stdin share one identity, which
/// is how the kernel routes an input_request to the client whose cell asked for it.
/// </summary>
public sealed class ZeroMqClientTransport : IDisposable
{
    private readonly SocketLoop _loop;

    public ZeroMqClientTransport(ConnectionInfo connection, string identity)
    {
        _loop = new SocketLoop("kernel-client", new WireCodec(new MessageSigner(connection.Key)));
        var routed = Encoding.ASCII.GetBytes(identity);
        try
        {
            _loop.Add(Channel.Shell, Connect(new DealerSocket { Options = { Identity = routed } }, connection, connection.ShellPort));
            _loop.Add(Channel.Control, Connect(new DealerSocket(), connection, connection.ControlPort));
            _loop.Add(Channel.Stdin, Connect(new DealerSocket { Options = { Identity = routed } }, connection, connection.StdinPort));
            var iopub = Connect(new SubscriberSocket(), connection, connection.IopubPort);
            iopub.SubscribeToAnyTopic();
            _loop.Add(Channel.IOPub, iopub);
        }
        catch
        {
            _loop.Dispose();
            throw;
        }
    }

    /// <summary>Starts receiving: replies on shell and control, input requests on stdin, outputs on iopub, all on one thread.</summary>
    public void Start(Action<Channel, Message> onMessage, Action<Channel, string> onRejected) => _loop.Start(onMessage, onRejected);

    /// <summary>Queues a request on shell or control, or an input_reply on stdin; safe from any thread.</summary>
    public void Send(Channel channel, Message message) => _loop.Send(channel, message);

    private static T Connect<T>(T socket, ConnectionInfo connection, int port) where T : NetMQSocket
    {
        // A client that goes away drops what the kernel has not read; nothing waits on it.
        socket.Options.Linger = TimeSpan.Zero;
        socket.Connect(connection.Endpoint(port));
        return socket;
    }

    public void Dispose() => _loop.Dispose();
}
