using NotebookKit.Jupyter.Client;
using NotebookKit.Jupyter.Protocol;

namespace NotebookKit.Jupyter.Tests.Interop;

/// <summary>Our own client against the real kernel process: the path the headless runner takes.</summary>
[Collection(KernelProcessCollection.Name)]
public class KernelClientTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Client_starts_the_kernel_runs_cells_and_shuts_it_down()
    {
        var client = await KernelClient.StartAsync();
        try
        {
            Assert.Equal("csharp", client.KernelInfo["language_info"]!["name"]!.GetValue<string>());

            var seen = new List<string>();
            var hello = await client.ExecuteAsync("Console.WriteLine(\"hello from a cell\");\nvar answer = 6 * 7;\nanswer", Timeout, m => seen.Add(m.MessageType));

            Assert.True(hello.Succeeded);
            Assert.Equal(1, hello.ExecutionCount);
            Assert.Equal(["execute_input", "stream", "execute_result"], hello.Outputs.Select(m => m.MessageType));
            Assert.Equal(seen, hello.Outputs.Select(m => m.MessageType));
            Assert.Equal("hello from a cell\n", hello.Outputs[1].Content["text"]!.GetValue<string>());
            Assert.Equal("42", hello.Outputs[2].Content["data"]!["text/plain"]!.GetValue<string>());

            var display = await client.ExecuteAsync(
                "var h = NotebookKit.Display.DisplaySession.Current!;\nh.Display(new NotebookKit.Display.MimeBundle(\"one\").With(\"text/html\", \"<b>one</b>\"), \"d1\");\nh.Update(new NotebookKit.Display.MimeBundle(\"two\"), \"d1\");",
                Timeout);
            Assert.Equal(["execute_input", "display_data", "update_display_data"], display.Outputs.Select(m => m.MessageType));
            Assert.Equal("<b>one</b>", display.Outputs[1].Content["data"]!["text/html"]!.GetValue<string>());
            Assert.Equal("d1", display.Outputs[2].Content["transient"]!["display_id"]!.GetValue<string>());

            var error = await client.ExecuteAsync("var a = 1;\nvar b = missing + a;", Timeout);
            Assert.Equal("error", error.Status);
            var output = Assert.Single(error.Outputs, m => m.MessageType == "error");
            Assert.Contains("(2,9): error CS0103: The name 'missing' does not exist in the current context",
                output.Content["traceback"]!.AsArray().Select(t => NotebookKit.Jupyter.Export.Ansi.Strip(t!.GetValue<string>())));

            var (reply, _) = await client.RequestAsync(Channel.Shell, MessageTypes.IsCompleteRequest, new IsCompleteRequest("for (int i = 0; i < 3; i++) {"), Timeout);
            Assert.Equal("incomplete", reply.Content["status"]!.GetValue<string>());

            await client.ShutdownAsync();
            Assert.False(client.IsAlive);
        }
        finally
        {
            await client.DisposeAsync();
        }
    }

    [Fact]
    public async Task Interrupt_stops_an_infinite_loop_and_the_session_goes_on()
    {
        await using var client = await KernelClient.StartAsync();
        await client.ExecuteAsync("var before = 5;", Timeout);

        var running = client.ExecuteAsync("while (true) { }", Timeout);
        await Task.Delay(TimeSpan.FromSeconds(1));
        await client.InterruptAsync();
        var interrupted = await running;
        var after = await client.ExecuteAsync("before + 1", Timeout);

        Assert.Equal("error", interrupted.Status);
        Assert.Equal("OperationCanceledException", interrupted.Reply.Content["ename"]!.GetValue<string>());
        Assert.Equal("6", after.Outputs.Single(m => m.MessageType == "execute_result").Content["data"]!["text/plain"]!.GetValue<string>());
        await client.ShutdownAsync();
    }
}
