using NotebookKit.Jupyter.Protocol;

namespace NotebookKit.Jupyter.Transport;

/// <summary>
/// What the kernel needs from its sockets. The ZeroMQ implementation binds the five real sockets; tests
/// use an in-memory one, so the dispatcher is tested without a network.
/// </summary>
public interface IKernelTransport : IDisposable
{
    /// <summary>
    /// Starts delivering messages. Shell and stdin messages arrive on one thread, control messages on
    /// another, so an interrupt is never queued behind a running cell. A message that cannot be
    /// decoded (bad signature, bad framing) goes to <paramref name="onRejected"/> and nowhere else.
    /// </summary>
    void Start(Action<Channel, Message> onMessage, Action<Channel, string> onRejected);

    /// <summary>Queues a message; safe from any thread. Shell, control and stdin route by the message's identities.</summary>
    void Send(Channel channel, Message message);

    /// <summary>Blocks until everything queued so far has been written to the sockets.</summary>
    void Flush();
}
