using System.Text.Json.Nodes;
using NotebookKit.Jupyter.Runner;

namespace NotebookKit.Jupyter.Tests.Runner;

/// <summary>
/// A kernel session that answers each cell from a script keyed by the cell's source, so runner behaviour
/// (stop on error, timeouts, a dying kernel) is tested without a process.
/// </summary>
public sealed class ScriptedKernel : IKernelSession
{
    private readonly Func<string, Action<string, JsonObject>, CancellationToken, Task<CellReply>> _answer;
    private int _count;

    public ScriptedKernel(Func<string, Action<string, JsonObject>, CancellationToken, Task<CellReply>>? answer = null) =>
        _answer = answer ?? Default;

    public List<string> Executed { get; } = [];
    public JsonObject? LanguageInfo => new() { ["name"] = "csharp", ["file_extension"] = ".cs" };
    public bool Disposed { get; private set; }

    public Task<CellReply> ExecuteAsync(string code, bool stopOnError, Action<string, JsonObject> onOutput, CancellationToken cancellationToken)
    {
        Executed.Add(code);
        return _answer(code, onOutput, cancellationToken);
    }

    private async Task<CellReply> Default(string code, Action<string, JsonObject> onOutput, CancellationToken cancellationToken)
    {
        var count = ++_count;
        onOutput("execute_input", new JsonObject { ["code"] = code, ["execution_count"] = count });
        if (code.StartsWith("throw", StringComparison.Ordinal))
        {
            var traceback = new JsonArray("System.InvalidOperationException: Dense(64) expected 784 inputs, got 28", "   at Submission#0.<<Initialize>>d__0.MoveNext() in cell, line 2");
            onOutput("error", new JsonObject { ["ename"] = "InvalidOperationException", ["evalue"] = "Dense(64) expected 784 inputs, got 28", ["traceback"] = traceback });
            return new CellReply("error", count, "InvalidOperationException", "Dense(64) expected 784 inputs, got 28", traceback.Select(t => (string)t!).ToList());
        }
        if (code == "hang")
            await Task.Delay(Timeout.Infinite, cancellationToken);
        if (code == "die")
            throw new KernelDiedException("exit code 137");
        onOutput("stream", new JsonObject { ["name"] = "stdout", ["text"] = code + "\n" });
        return new CellReply("ok", count);
    }

    public ValueTask DisposeAsync()
    {
        Disposed = true;
        return ValueTask.CompletedTask;
    }
}
