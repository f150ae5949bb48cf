using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using NotebookKit.Jupyter.Protocol;
using NotebookKit.Jupyter.Transport;

namespace NotebookKit.Jupyter.Tests.Kernel;

/// <summary>
/// An in-memory transport: the test plays the client, delivering requests as the sockets would (shell
/// queued, control on the caller's thread) and reading what the kernel sent, with no network.
/// </summary>
internal sealed class FakeTransport : IKernelTransport
{
    private static readonly byte[] ClientIdentity = Encoding.ASCII.GetBytes("client");
    private readonly BlockingCollection<(Channel Channel, Message Message)> _sent = new();
    private readonly List<(Channel Channel, Message Message)> _seen = [];
    private Action<Channel, Message> _onMessage = (_, _) => { };

    public List<string> Rejected { get; } = [];

    public void Start(Action<Channel, Message> onMessage, Action<Channel, string> onRejected)
    {
        _onMessage = onMessage;
    }

    public void Send(Channel channel, Message message) => _sent.Add((channel, message));

    public void Flush()
    {
    }

    public void Dispose() => _sent.CompleteAdding();

    public static Message Request(string messageType, object content) =>
        new([ClientIdentity], MessageHeader.Create(messageType, "test-client", "tester"), null, new JsonObject(),
            content as JsonObject ?? WireJson.ToObject(content), []);

    public Message Deliver(Channel channel, Message request)
    {
        _onMessage(channel, request);
        return request;
    }

    public Message Deliver(Channel channel, string messageType, object content) => Deliver(channel, Request(messageType, content));

    /// <summary>Sends a request and returns its reply and its iopub messages (busy … idle, inclusive).</summary>
    public (Message Reply, List<Message> Iopub) Call(Channel channel, string messageType, object content) =>
        Collect(Deliver(channel, messageType, content));

    public (Message Reply, List<Message> Iopub) Collect(Message request)
    {
        Message? reply = null;
        var iopub = new List<Message>();
        var idle = false;
        while (reply is null || !idle)
        {
            var (channel, message) = Next(m => m.Message.ParentHeader?.MessageId == request.Header.MessageId && m.Channel != Channel.Stdin);
            if (channel == Channel.IOPub)
            {
                iopub.Add(message);
                idle |= message.MessageType == MessageTypes.Status && message.Content["execution_state"]!.GetValue<string>() == "idle";
            }
            else
            {
                Assert.Null(reply);
                reply = message;
            }
        }
        return (reply, iopub);
    }

    /// <summary>The next message the kernel sent that matches; others are kept for later calls.</summary>
    public (Channel Channel, Message Message) Next(Func<(Channel Channel, Message Message), bool> match)
    {
        lock (_seen)
        {
            var index = _seen.FindIndex(m => match(m));
            if (index >= 0)
            {
                var found = _seen[index];
                _seen.RemoveAt(index);
                return found;
            }
        }
        while (_sent.TryTake(out var item, TimeSpan.FromSeconds(120)))
        {
            if (match(item))
                return item;
            lock (_seen)
                _seen.Add(item);
        }
        throw new TimeoutException("The kernel sent nothing matching within 120 s.");
    }
}
