using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using NetMQ;
using NetMQ.Sockets;
using NotebookKit.Jupyter.Protocol;
using NotebookKit.Jupyter.Transport;

namespace NotebookKit.Jupyter.Tests.Transport;

/// <summary>
/// The one socket layer from both ends at once, on loopback ports and with no kernel process: the kernel's bound
/// sockets and a client's connected ones exchange signed messages on every channel, as Jupyter routes them.
/// </summary>
public sealed class SocketLayerTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly ConnectionInfo _connection = FreeConnection("kernel-key");
    private readonly ZeroMqTransport _kernel;
    private readonly BlockingCollection<(Channel Channel, Message Message)> _kernelGot = new();
    private readonly BlockingCollection<(Channel Channel, string Reason)> _kernelRejected = new();

    public SocketLayerTests()
    {
        _kernel = new ZeroMqTransport(_connection);
        _kernel.Start((c, m) => _kernelGot.Add((c, m)), (c, r) => _kernelRejected.Add((c, r)));
    }

    [Fact]
    public void Requests_replies_input_and_broadcasts_reach_the_right_end_on_the_right_channel()
    {
        var clientGot = new BlockingCollection<(Channel Channel, Message Message)>();
        using var client = new ZeroMqClientTransport(_connection, identity: "client-1");
        client.Start((c, m) => clientGot.Add((c, m)), (_, r) => Assert.Fail($"the client rejected a kernel message: {r}"));

        var request = Message.Create(MessageTypes.ExecuteRequest, new JsonObject { ["code"] = "1 + 1" }, null, "client-session");
        client.Send(Channel.Shell, request);
        var (channel, received) = Take(_kernelGot);
        Assert.Equal(Channel.Shell, channel);
        Assert.Equal(request.Header.MessageId, received.Header.MessageId);
        Assert.Equal("1 + 1", received.Content["code"]!.GetValue<string>());
        Assert.Equal("client-1", Encoding.ASCII.GetString(Assert.Single(received.Identities)));

        // Stdin shares shell's identity, so the router delivers the kernel's input_request to this client.
        _kernel.Send(Channel.Stdin, Message.Create(MessageTypes.InputRequest, new InputRequest("name? ", false), received, "kernel-session"));
        var input = Take(clientGot);
        Assert.Equal((Channel.Stdin, MessageTypes.InputRequest), (input.Channel, input.Message.MessageType));
        client.Send(Channel.Stdin, Message.Create(MessageTypes.InputReply, new InputReply("Ada"), input.Message, "client-session"));
        var answer = Take(_kernelGot);
        Assert.Equal((Channel.Stdin, "Ada"), (answer.Channel, answer.Message.Content["value"]!.GetValue<string>()));

        _kernel.Send(Channel.Shell, Message.Create(MessageTypes.ExecuteReply, new JsonObject { ["status"] = "ok" }, received, "kernel-session"));
        var reply = Take(clientGot);
        Assert.Equal((Channel.Shell, MessageTypes.ExecuteReply), (reply.Channel, reply.Message.MessageType));
        Assert.Equal(request.Header.MessageId, reply.Message.ParentHeader!.MessageId);

        // A subscription takes a moment to reach the publisher (ZeroMQ's slow joiner), so publish until one arrives.
        (Channel Channel, Message Message) broadcast = default;
        for (var attempt = 0; attempt < 300 && broadcast.Message is null; attempt++)
        {
            _kernel.Send(Channel.IOPub, Message.Create(MessageTypes.Status, new StatusContent("idle"), received, "kernel-session"));
            clientGot.TryTake(out broadcast, TimeSpan.FromMilliseconds(100));
        }
        Assert.NotNull(broadcast.Message);
        Assert.Equal((Channel.IOPub, MessageTypes.Status), (broadcast.Channel, broadcast.Message.MessageType));
        Assert.Equal("kernel.status", Encoding.ASCII.GetString(Assert.Single(broadcast.Message.Identities))); // the topic frame

        var interrupt = Message.Create(MessageTypes.InterruptRequest, new JsonObject(), null, "client-session");
        client.Send(Channel.Control, interrupt);
        var control = Take(_kernelGot);
        Assert.Equal((Channel.Control, interrupt.Header.MessageId), (control.Channel, control.Message.Header.MessageId));
        Assert.Empty(_kernelRejected);
    }

    [Fact]
    public void A_message_signed_with_another_key_is_rejected_with_the_reason_and_never_delivered()
    {
        using var stranger = new ZeroMqClientTransport(_connection with { Key = "another-key" }, identity: "stranger");
        stranger.Start((_, _) => { }, (_, _) => { });
        stranger.Send(Channel.Shell, Message.Create(MessageTypes.KernelInfoRequest, new JsonObject(), null, "stranger-session"));

        Assert.Equal((Channel.Shell, "Invalid signature."), Take(_kernelRejected));
        Assert.Empty(_kernelGot);
    }

    [Fact]
    public void A_client_cannot_send_on_iopub()
    {
        using var client = new ZeroMqClientTransport(_connection, identity: "client-2");
        var e = Assert.Throws<ArgumentException>(() =>
            client.Send(Channel.IOPub, Message.Create(MessageTypes.Status, new StatusContent("idle"), null, "s")));
        Assert.Contains("IOPub", e.Message);
    }

    [Fact]
    public void The_heartbeat_echoes_the_bytes_it_receives()
    {
        using var ping = new RequestSocket();
        ping.Connect(_connection.Endpoint(_connection.HeartbeatPort));
        ping.SendFrame("ping 42"u8.ToArray());
        Assert.True(ping.TryReceiveFrameBytes(Wait, out var echoed));
        Assert.Equal("ping 42", Encoding.ASCII.GetString(echoed!));
    }

    [Fact]
    public void A_port_already_taken_is_named_in_the_error()
    {
        var e = Assert.Throws<IOException>(() => new ZeroMqTransport(_connection));
        Assert.Contains($"shell socket to tcp://127.0.0.1:{_connection.ShellPort}", e.Message);
    }

    private static T Take<T>(BlockingCollection<T> from)
    {
        Assert.True(from.TryTake(out var item, Wait), $"nothing arrived within {Wait.TotalSeconds:0} s");
        return item;
    }

    private static ConnectionInfo FreeConnection(string key)
    {
        var listeners = Enumerable.Range(0, 5).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(l => l.Start());
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        listeners.ForEach(l => l.Stop());
        return new ConnectionInfo
        {
            ShellPort = ports[0], IopubPort = ports[1], StdinPort = ports[2], ControlPort = ports[3], HeartbeatPort = ports[4], Key = key,
        };
    }

    public void Dispose() => _kernel.Dispose();
}
