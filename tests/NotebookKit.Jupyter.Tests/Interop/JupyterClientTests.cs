using System.Text.Json.Nodes;
using NotebookKit.Jupyter.Export;

namespace NotebookKit.Jupyter.Tests.Interop;

/// <summary>Runs the jupyter_client script once; each test reads one part of what it observed.</summary>
public sealed class JupyterClientSession : IDisposable
{
    private const string Script = """
        import json, sys, time
        from queue import Empty
        from jupyter_client.manager import start_new_kernel
        from jupyter_client.session import Session

        km, kc = start_new_kernel(kernel_name="notebookkit", startup_timeout=120)
        out = {"kernel_info": kc.kernel_info(reply=True, timeout=60)["content"]}

        def run(code, timeout=120):
            msgs = []
            reply = kc.execute_interactive(code, timeout=timeout, output_hook=msgs.append)
            return {"reply": reply["content"],
                    "outputs": [{"msg_type": m["msg_type"], "content": m["content"]} for m in msgs
                                if m["msg_type"] not in ("status", "execute_input")]}

        out["hello"] = run('Console.WriteLine("hello, world");')
        out["result"] = run("var x = 6 * 7;\nx")
        out["display"] = run('var d = NotebookKit.Display.DisplaySession.Current!;\n'
                             'd.Display(new NotebookKit.Display.MimeBundle("v1").With("text/html", "<i>v1</i>"), "disp");\n'
                             'd.Update(new NotebookKit.Display.MimeBundle("v2"), "disp");')
        out["compile_error"] = run("var a = 1;\nvar b = 2;\nint c = a + w;")
        out["runtime_error"] = run('int Divide(int p, int q) => p / q;\nvar zero = 0;\nDivide(1, zero)')
        out["complete"] = kc.complete("var list = new List<int>();\nlist.Ad", 35, reply=True, timeout=60)["content"]
        out["inspect"] = kc.inspect("Math.Sqrt", 9, reply=True, timeout=60)["content"]
        out["is_complete"] = {}
        for code in ["var y = 1;", "if (x > 1) {", "int z = ;}"]:
            kc.is_complete(code)
            out["is_complete"][code] = kc.get_shell_msg(timeout=60)["content"]

        # Interrupt (the kernelspec says interrupt_mode "message": jupyter_client sends interrupt_request on control).
        msg_id = kc.execute("while (true) { }")
        while True:
            m = kc.get_iopub_msg(timeout=60)
            if m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "execute_input":
                break
        time.sleep(0.5)
        started = time.time()
        km.interrupt_kernel()
        while True:
            reply = kc.get_shell_msg(timeout=60)
            if reply["parent_header"].get("msg_id") == msg_id:
                break
        out["interrupt"] = {"reply": reply["content"], "seconds": time.time() - started}
        out["after_interrupt"] = run("x + 1")

        # A message signed with the wrong key must be dropped: no reply, no output, nothing run.
        forger = Session(key=b"not-the-key", username="mallory")
        forged = forger.send(kc.shell_channel.socket, "execute_request",
                             {"code": "var forged = 1;\nConsole.WriteLine(\"forged ran\");", "silent": False,
                              "store_history": True, "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
        forged_id = forged["header"]["msg_id"]
        seen = []
        deadline = time.time() + 2
        while time.time() < deadline:
            try:
                m = kc.get_iopub_msg(timeout=0.2)
                seen.append(m["parent_header"].get("msg_id"))
            except Empty:
                pass
        try:
            r = kc.get_shell_msg(timeout=0.5)
            seen.append(r["parent_header"].get("msg_id"))
        except Empty:
            pass
        out["forged"] = {"answered": forged_id in seen, "probe": run("forged")}

        kc.shutdown()
        reply = kc.get_shell_msg(timeout=30) if False else None
        deadline = time.time() + 30
        while km.is_alive() and time.time() < deadline:
            time.sleep(0.1)
        out["shutdown"] = {"alive_after": km.is_alive()}
        if km.is_alive():
            km.shutdown_kernel(now=True)
        kc.stop_channels()
        print(json.dumps(out))
        """;

    private readonly InstalledKernel _kernel = new();

    public JupyterClientSession()
    {
        var (exit, stdout, stderr) = _kernel.RunPython("drive_kernel.py", Script);
        if (exit != 0)
            throw new InvalidOperationException($"drive_kernel.py failed ({exit}):\n{stderr}\n{stdout}");
        Observed = JsonNode.Parse(stdout.Trim().Split('\n')[^1])!;
    }

    public JsonNode Observed { get; }

    public void Dispose() => _kernel.Dispose();
}

/// <summary>Debian's python3-jupyter-client drives the installed kernel process, as JupyterLab would.</summary>
[Collection(KernelProcessCollection.Name)]
public sealed class JupyterClientTests(JupyterClientSession session) : IClassFixture<JupyterClientSession>
{
    private readonly JsonNode _seen = session.Observed;

    private static string S(JsonNode? node) => node!.GetValue<string>();

    [Fact]
    public void Kernel_info_describes_a_csharp_kernel_speaking_5_3()
    {
        var info = _seen["kernel_info"]!;

        Assert.Equal("5.3", S(info["protocol_version"]));
        Assert.Equal("csharp", S(info["language_info"]!["name"]));
        Assert.Equal("text/x-csharp", S(info["language_info"]!["mimetype"]));
    }

    [Fact]
    public void Hello_world_arrives_on_stdout()
    {
        var output = Assert.Single(_seen["hello"]!["outputs"]!.AsArray());

        Assert.Equal("stream", S(output!["msg_type"]));
        Assert.Equal("stdout", S(output["content"]!["name"]));
        Assert.Equal("hello, world\n", S(output["content"]!["text"]));
    }

    [Fact]
    public void A_trailing_expression_is_the_execute_result()
    {
        var output = Assert.Single(_seen["result"]!["outputs"]!.AsArray());

        Assert.Equal("execute_result", S(output!["msg_type"]));
        Assert.Equal("42", S(output["content"]!["data"]!["text/plain"]));
    }

    [Fact]
    public void A_display_and_its_update_share_the_display_id()
    {
        var outputs = _seen["display"]!["outputs"]!.AsArray();

        Assert.Equal(["display_data", "update_display_data"], outputs.Select(o => S(o!["msg_type"])));
        Assert.Equal("<i>v1</i>", S(outputs[0]!["content"]!["data"]!["text/html"]));
        Assert.Equal("v2", S(outputs[1]!["content"]!["data"]!["text/plain"]));
        Assert.All(outputs, o => Assert.Equal("disp", S(o!["content"]!["transient"]!["display_id"])));
    }

    [Fact]
    public void A_compile_error_is_one_error_output_at_the_cells_line_and_column()
    {
        var run = _seen["compile_error"]!;
        var output = Assert.Single(run["outputs"]!.AsArray());

        Assert.Equal("error", S(run["reply"]!["status"]));
        Assert.Equal("error", S(output!["msg_type"]));
        var traceback = output["content"]!["traceback"]!.AsArray().Select(S).ToList();
        Assert.Contains("(3,13): error CS0103: The name 'w' does not exist in the current context", traceback.Select(Ansi.Strip));
        // Coloured as ipykernel colours it: where in green, what in red.
        Assert.Contains("\u001b[0;32m(3,13)\u001b[0m: \u001b[0;31merror CS0103\u001b[0m: The name 'w' does not exist in the current context", traceback);
    }

    [Fact]
    public void A_runtime_error_names_the_exception_and_the_cell_lines()
    {
        var output = Assert.Single(_seen["runtime_error"]!["outputs"]!.AsArray());
        var coloured = output!["content"]!["traceback"]!.AsArray().Select(S).ToList();
        var traceback = coloured.Select(Ansi.Strip).ToList();

        Assert.Equal("DivideByZeroException", S(output["content"]!["ename"]));
        Assert.Equal("\u001b[0;31mSystem.DivideByZeroException\u001b[0m: Attempted to divide by zero.", coloured[0]);
        Assert.Contains("   at \u001b[0;36mDivide\u001b[0m in \u001b[0;32mcell, line 1\u001b[0m", coloured);
        Assert.Contains("   at Divide in cell, line 1", traceback);
        Assert.Contains("   at cell, line 3", traceback);
        Assert.DoesNotContain(traceback, line => line.Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    [Fact]
    public void Completion_after_a_dot_offers_the_members_and_the_span_to_replace()
    {
        var complete = _seen["complete"]!;

        Assert.Contains("Add", complete["matches"]!.AsArray().Select(S));
        Assert.Contains("AddRange", complete["matches"]!.AsArray().Select(S));
        Assert.Equal(33, complete["cursor_start"]!.GetValue<int>());
        Assert.Equal(35, complete["cursor_end"]!.GetValue<int>());
    }

    [Fact]
    public void Inspection_shows_the_signature_and_the_documentation()
    {
        var inspect = _seen["inspect"]!;

        Assert.True(inspect["found"]!.GetValue<bool>());
        Assert.Contains("double Math.Sqrt(double d)", S(inspect["data"]!["text/plain"]));
        Assert.Contains("square root", S(inspect["data"]!["text/plain"]));
    }

    [Fact]
    public void Is_complete_tells_complete_incomplete_and_invalid_apart()
    {
        var results = _seen["is_complete"]!;

        Assert.Equal("complete", S(results["var y = 1;"]!["status"]));
        Assert.Equal("incomplete", S(results["if (x > 1) {"]!["status"]));
        Assert.Equal("    ", S(results["if (x > 1) {"]!["indent"]));
        Assert.Equal("invalid", S(results["int z = ;}"]!["status"]));
    }

    [Fact]
    public void Interrupt_stops_an_infinite_loop_and_the_next_cell_succeeds()
    {
        Assert.Equal("error", S(_seen["interrupt"]!["reply"]!["status"]));
        Assert.Equal("OperationCanceledException", S(_seen["interrupt"]!["reply"]!["ename"]));
        var after = Assert.Single(_seen["after_interrupt"]!["outputs"]!.AsArray());
        Assert.Equal("43", S(after!["content"]!["data"]!["text/plain"]));
    }

    [Fact]
    public void A_message_with_a_forged_signature_is_ignored()
    {
        var forged = _seen["forged"]!;

        Assert.False(forged["answered"]!.GetValue<bool>());
        Assert.Equal("error", S(forged["probe"]!["reply"]!["status"]));
        Assert.Contains("CS0103", S(forged["probe"]!["reply"]!["evalue"]));
    }

    [Fact]
    public void Shutdown_ends_the_kernel_process()
    {
        Assert.False(_seen["shutdown"]!["alive_after"]!.GetValue<bool>());
    }
}
