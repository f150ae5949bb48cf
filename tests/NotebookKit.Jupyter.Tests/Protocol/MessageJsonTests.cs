using System.Text.Json.Nodes;
using NotebookKit.Jupyter.Protocol;

namespace NotebookKit.Jupyter.Tests.Protocol;

public class MessageJsonTests
{
    [Fact]
    public void Execute_request_reads_wire_names_and_defaults()
    {
        var content = JsonNode.Parse("""{"code":"x","silent":true,"store_history":false,"allow_stdin":false,"user_expressions":{"a":"1"}}""")!.AsObject();

        var request = content.Deserialize();

        Assert.Equal("x", request.Code);
        Assert.True(request.Silent);
        Assert.False(request.StoreHistory);
        Assert.False(request.AllowStdin);
        Assert.True(request.StopOnError);
        Assert.Equal("1", request.UserExpressions!["a"]!.GetValue<string>());
    }

    [Fact]
    public void Execute_reply_writes_wire_names_and_leaves_out_error_fields_when_ok()
    {
        var json = WireJson.ToObject(new ExecuteReply("ok", 3, new JsonArray(), new JsonObject()));

        Assert.Equal(["status", "execution_count", "payload", "user_expressions"], json.Select(p => p.Key));
        Assert.Equal(3, json["execution_count"]!.GetValue<int>());
    }

    [Fact]
    public void Error_reply_has_ename_evalue_traceback()
    {
        var json = WireJson.ToObject(new ExecuteReply("error", 2, ErrorName: "CompilationError", ErrorValue: "bad", Traceback: ["(1,1): error CS1002: ; expected"]));

        Assert.Equal("CompilationError", json["ename"]!.GetValue<string>());
        Assert.Equal("(1,1): error CS1002: ; expected", json["traceback"]![0]!.GetValue<string>());
    }

    [Fact]
    public void Header_uses_wire_names_and_an_iso_date()
    {
        var json = WireJson.ToObject(MessageHeader.Create("status", "s"));

        Assert.Equal(["msg_id", "session", "username", "date", "msg_type", "version"], json.Select(p => p.Key));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$", json["date"]!.GetValue<string>());
    }

    [Fact]
    public void Kernel_info_language_info_has_every_field_clients_read()
    {
        var json = WireJson.ToObject(NotebookKit.Jupyter.Kernel.KernelIdentity.InfoReply());
        var language = json["language_info"]!.AsObject();

        Assert.Equal("5.3", json["protocol_version"]!.GetValue<string>());
        Assert.Equal("csharp", language["name"]!.GetValue<string>());
        Assert.Equal(".cs", language["file_extension"]!.GetValue<string>());
        Assert.Equal(["name", "version", "mimetype", "file_extension", "pygments_lexer", "codemirror_mode", "nbconvert_exporter"], language.Select(p => p.Key));
    }

    [Fact]
    public void Reply_type_is_derived_from_the_request_type()
    {
        Assert.Equal("kernel_info_reply", MessageTypes.ReplyTo("kernel_info_request"));
        Assert.Equal("debug_reply", MessageTypes.ReplyTo("debug_request"));
        Assert.Equal("foo_reply", MessageTypes.ReplyTo("foo"));
    }

    [Fact]
    public void Connection_file_round_trips_through_its_own_names()
    {
        var path = Path.Combine(Path.GetTempPath(), $"conn-{Guid.NewGuid():N}.json");
        new ConnectionInfo { ShellPort = 1, IopubPort = 2, StdinPort = 3, ControlPort = 4, HeartbeatPort = 5, Key = "k" }.Save(path);
        try
        {
            var json = JsonNode.Parse(File.ReadAllText(path))!;
            var loaded = ConnectionInfo.Load(path);

            Assert.Equal(5, json["hb_port"]!.GetValue<int>());
            Assert.Equal("hmac-sha256", json["signature_scheme"]!.GetValue<string>());
            Assert.Equal("tcp://127.0.0.1:4", loaded.Endpoint(loaded.ControlPort));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

internal static class ExecuteRequestJson
{
    public static ExecuteRequest Deserialize(this JsonObject content) =>
        new Message([], MessageHeader.Create(MessageTypes.ExecuteRequest, "s"), null, new JsonObject(), content, []).ContentAs<ExecuteRequest>();
}
