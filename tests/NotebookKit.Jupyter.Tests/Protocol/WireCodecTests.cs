using System.Text;
using System.Text.Json.Nodes;
using NotebookKit.Jupyter.Protocol;

namespace NotebookKit.Jupyter.Tests.Protocol;

public class WireCodecTests
{
    private readonly WireCodec _codec = new(new MessageSigner("key"));

    private static Message Request(string code = "6 * 7") =>
        new([Encoding.ASCII.GetBytes("client-1")], MessageHeader.Create(MessageTypes.ExecuteRequest, "session"), null,
            new JsonObject(), WireJson.ToObject(new ExecuteRequest(code)), []);

    [Fact]
    public void Frames_are_identities_delimiter_signature_and_four_dicts()
    {
        var frames = _codec.Encode(Request());

        Assert.Equal(7, frames.Count);
        Assert.Equal("client-1", Encoding.ASCII.GetString(frames[0]));
        Assert.Equal("<IDS|MSG>", Encoding.ASCII.GetString(frames[1]));
        Assert.Equal(64, frames[2].Length);
        Assert.Equal("execute_request", JsonNode.Parse(frames[3])!["msg_type"]!.GetValue<string>());
        Assert.Equal("{}", Encoding.UTF8.GetString(frames[4]));
        Assert.Equal("6 * 7", JsonNode.Parse(frames[6])!["code"]!.GetValue<string>());
    }

    [Fact]
    public void Decode_round_trips_identities_header_and_content()
    {
        var original = Request("Console.WriteLine(\"héllo <b>\");");

        var decoded = _codec.Decode(_codec.Encode(original));

        Assert.Equal("client-1", Encoding.ASCII.GetString(Assert.Single(decoded.Identities)));
        Assert.Equal(original.Header, decoded.Header);
        Assert.Null(decoded.ParentHeader);
        Assert.Equal("Console.WriteLine(\"héllo <b>\");", decoded.ContentAs<ExecuteRequest>().Code);
    }

    [Fact]
    public void Buffers_after_the_content_are_kept()
    {
        var frames = _codec.Encode(Request() with { Buffers = [[1, 2, 3]] });

        var decoded = _codec.Decode(frames);

        Assert.Equal(new byte[] { 1, 2, 3 }, Assert.Single(decoded.Buffers));
    }

    [Fact]
    public void A_tampered_content_frame_is_rejected_before_parsing()
    {
        var frames = _codec.Encode(Request());
        frames[^1] = Encoding.UTF8.GetBytes("""{"code":"File.Delete(\"x\")"}""");

        var error = Assert.Throws<WireFormatException>(() => _codec.Decode(frames));

        Assert.Contains("signature", error.Message);
    }

    [Fact]
    public void A_message_signed_with_another_key_is_rejected()
    {
        var frames = new WireCodec(new MessageSigner("attacker")).Encode(Request());

        Assert.Throws<WireFormatException>(() => _codec.Decode(frames));
    }

    [Fact]
    public void Missing_delimiter_or_frames_are_named_in_the_error()
    {
        var frames = _codec.Encode(Request());

        Assert.Contains("delimiter", Assert.Throws<WireFormatException>(() => _codec.Decode(frames.Where((_, i) => i != 1).ToList())).Message);
        Assert.Contains("5 frames", Assert.Throws<WireFormatException>(() => _codec.Decode(frames.Take(5).ToList())).Message);
    }

    [Fact]
    public void Malformed_json_is_a_wire_format_error()
    {
        var codec = new WireCodec(new MessageSigner(""));
        var frames = codec.Encode(Request());
        frames[3] = "{not json"u8.ToArray();
        frames[2] = [];

        Assert.Contains("Malformed JSON", Assert.Throws<WireFormatException>(() => codec.Decode(frames)).Message);
    }

    [Fact]
    public void A_reply_carries_the_request_header_as_parent_and_its_identities()
    {
        var request = _codec.Decode(_codec.Encode(Request()));

        var reply = _codec.Decode(_codec.Encode(Message.Create(MessageTypes.ExecuteReply, new ExecuteReply("ok", 1), request, "kernel")));

        Assert.Equal(request.Header, reply.ParentHeader);
        Assert.Equal("client-1", Encoding.ASCII.GetString(Assert.Single(reply.Identities)));
        Assert.Equal("5.3", reply.Header.Version);
    }
}
