using System.Text.Json.Nodes;
using NotebookKit.Jupyter.Tests.Notebooks;

namespace NotebookKit.Jupyter.Tests.Interop;

/// <summary>
/// Runs drive_lifecycle.py once against the installed kernel in both interrupt modes: "message" (the kernelspec's
/// own, an interrupt_request on control) and "signal" (a copy of the kernelspec, so jupyter_client sends SIGINT).
/// </summary>
public sealed class LifecycleSession : IDisposable
{
    public const string MessageMode = "notebookkit";
    public const string SignalMode = "notebookkit-signal";
    private readonly InstalledKernel _kernel = new();

    public LifecycleSession()
    {
        var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(_kernel.SpecFolder, "kernel.json")))!;
        Assert.Equal("message", spec["interrupt_mode"]!.GetValue<string>());
        spec["interrupt_mode"] = "signal";
        var signalFolder = Path.Combine(Path.GetDirectoryName(_kernel.SpecFolder)!, SignalMode);
        Directory.CreateDirectory(signalFolder);
        File.WriteAllText(Path.Combine(signalFolder, "kernel.json"), spec.ToJsonString());

        var script = File.ReadAllText(DebianPython.SourceFile("Interop/drive_lifecycle.py"));
        var scriptPath = Path.Combine(_kernel.Root, "drive_lifecycle.py");
        var (exit, stdout, stderr) = _kernel.RunPython("drive_lifecycle.py", script, scriptPath, MessageMode, SignalMode);
        if (exit != 0)
            throw new InvalidOperationException($"drive_lifecycle.py failed ({exit}):\n{stderr}\n{stdout}");
        Observed = JsonNode.Parse(stdout.Trim().Split('\n')[^1])!.AsObject();
    }

    public JsonObject Observed { get; }

    public void Dispose() => _kernel.Dispose();
}

/// <summary>
/// What a learner pressing Stop in JupyterLab sees, through Debian's jupyter_client and km.interrupt_kernel():
/// every blocking cell stops, shows exactly one error, and every later cell runs with the right values.
/// </summary>
[Collection(KernelProcessCollection.Name)]
public sealed class LifecycleTests(LifecycleSession session) : IClassFixture<LifecycleSession>
{
    public static TheoryData<string> Modes => new() { LifecycleSession.MessageMode, LifecycleSession.SignalMode };

    private IEnumerable<JsonNode> Cases(string mode) => session.Observed[mode]!.AsArray().Select(c => c!);

    private JsonNode Case(string mode, string name, bool fresh = false) =>
        Cases(mode).Single(c => S(c["case"]) == name && c["cycle"] is null && (c["fresh"] is not null) == fresh);

    private static string S(JsonNode? node) => node!.GetValue<string>();

    [Theory]
    [MemberData(nameof(Modes))]
    public void The_first_cell_of_a_fresh_kernel_stops_and_the_kernel_lives_on(string mode)
    {
        foreach (var name in new[] { "loop", "sleep", "fit" })
        {
            var observed = Case(mode, name, fresh: true);
            AssertStoppedWithOneError(observed["interrupted"]!, name);
            AssertThreeCellsSucceed(observed["after"]!);
        }
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Every_blocking_call_stops_and_the_session_goes_on(string mode)
    {
        foreach (var name in new[] { "sleep", "event_wait", "task_wait", "task_result", "fit", "readline" })
        {
            var observed = Case(mode, name);
            AssertStoppedWithOneError(observed["interrupted"]!, name);
            AssertThreeCellsSucceed(observed["after"]!);
        }
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void An_interrupt_before_any_cell_changes_nothing(string mode) =>
        AssertThreeCellsSucceed(Case(mode, "before_any_cell")["after"]!);

    [Theory]
    [MemberData(nameof(Modes))]
    public void Twenty_interrupt_and_run_cycles_in_a_row_each_stop_and_leave_a_working_kernel(string mode)
    {
        var cycles = Cases(mode).Where(c => c["cycle"] is not null).ToList();

        Assert.Equal(20, cycles.Count);
        foreach (var cycle in cycles)
        {
            AssertStoppedWithOneError(cycle["interrupted"]!, $"cycle {cycle["cycle"]} ({S(cycle["case"])})");
            AssertThreeCellsSucceed(cycle["after"]!);
        }
    }

    [Fact]
    public void An_interrupted_cell_shows_a_red_error_as_ipykernel_does()
    {
        var error = Case(LifecycleSession.MessageMode, "sleep")["interrupted"]!["outputs"]!.AsArray()
            .Single(o => S(o!["msg_type"]) == "error")!["content"]!;

        Assert.Equal("OperationCanceledException", S(error["ename"]));
        Assert.Equal("\u001b[0;31mOperationCanceledException\u001b[0m: The cell was interrupted.", S(error["traceback"]![0]));
    }

    [Fact]
    public void A_cell_nothing_can_stop_tells_the_learner_to_wait_or_restart()
    {
        var outputs = Cases(LifecycleSession.MessageMode).Single(c => S(c["case"]) == "unstoppable")["outputs"]!.AsArray();

        var notice = Assert.Single(outputs, o => S(o!["msg_type"]) == "stream")!["content"]!;
        Assert.Equal("stderr", S(notice["name"]));
        Assert.Contains("still running 5 s after the interrupt", S(notice["text"]));
        Assert.Contains("restart the kernel", S(notice["text"]));
    }

    /// <summary>Status error, ename OperationCanceledException, one error on IOPub, and stopped long before the cell's own 60 s.</summary>
    private static void AssertStoppedWithOneError(JsonNode run, string what)
    {
        var reply = run["reply"]!;
        Assert.True(S(reply["status"]) == "error", $"{what}: reply {reply.ToJsonString()}");
        Assert.Equal("OperationCanceledException", S(reply["ename"]));
        var errors = run["outputs"]!.AsArray().Where(o => S(o!["msg_type"]) == "error").ToList();
        Assert.True(errors.Count == 1, $"{what}: {errors.Count} error outputs in {run["outputs"]!.ToJsonString()}");
        Assert.Equal(S(reply["ename"]), S(errors[0]!["content"]!["ename"]));
        // The blocking cells last 60 s or forever: a reply within 10 s of the interrupt means the interrupt stopped it.
        Assert.InRange(run["seconds_to_stop"]!.GetValue<double>(), 0, 10);
    }

    /// <summary>A print, an assignment and a value built from it: "hello n", nothing, 2n + 1.</summary>
    private static void AssertThreeCellsSucceed(JsonNode after)
    {
        var runs = after.AsArray();
        var n = runs[3]!["expect"]!.GetValue<int>();
        Assert.All(runs.Take(3), r => Assert.True(S(r!["reply"]!["status"]) == "ok", r!.ToJsonString()));
        var printed = Assert.Single(runs[0]!["outputs"]!.AsArray());
        Assert.Equal($"hello {n}\n", S(printed!["content"]!["text"]));
        Assert.Empty(runs[1]!["outputs"]!.AsArray());
        var value = Assert.Single(runs[2]!["outputs"]!.AsArray());
        Assert.Equal((2 * n + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), S(value!["content"]!["data"]!["text/plain"]));
    }
}
