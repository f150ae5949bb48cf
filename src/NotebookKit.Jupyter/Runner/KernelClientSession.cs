using System.Text.Json.Nodes;
using NotebookKit.Jupyter.Client;

namespace NotebookKit.Jupyter.Runner;

/// <summary>
/// The runner's kernel: a fresh `notebookkit kernel` process driven by <see cref="KernelClient"/> over the real
/// Jupyter protocol (ZeroMQ, signed messages), the same path JupyterLab takes. Adds what a headless run needs
/// on top of the client: no time limit unless the runner sets one, and a watch on the process so a kernel
/// that dies mid-cell is reported instead of waited on.
/// </summary>
public sealed class KernelClientSession : IKernelSession
{
    private static readonly TimeSpan DeathPoll = TimeSpan.FromMilliseconds(200);
    private readonly KernelClient _client;
    private readonly Queue<string> _stderr;

    private KernelClientSession(KernelClient client, Queue<string> stderr)
    {
        _client = client;
        _stderr = stderr;
    }

    /// <summary>The kernel's language_info from kernel_info_reply (nbclient copies it into the notebook's metadata).</summary>
    public JsonObject? LanguageInfo => _client.KernelInfo["language_info"] as JsonObject;

    /// <summary>A starter for <see cref="NotebookRunner"/>: each call starts its own kernel in the folder it is given.</summary>
    public static Func<string, CancellationToken, Task<IKernelSession>> Starter(KernelCommandLine command, TimeSpan? startupTimeout = null) =>
        async (workingDirectory, cancellationToken) =>
        {
            var stderr = new Queue<string>();
            var options = new KernelLaunchOptions
            {
                Argv = [command.FileName, .. command.For("{connection_file}")],
                WorkingDirectory = workingDirectory,
                StartupTimeout = startupTimeout ?? TimeSpan.FromSeconds(60),
                OnKernelStderr = line =>
                {
                    lock (stderr)
                    {
                        stderr.Enqueue(line);
                        while (stderr.Count > 20)
                            stderr.Dequeue();
                    }
                },
            };
            var client = await KernelClient.StartAsync(options, cancellationToken);
            return new KernelClientSession(client, stderr);
        };

    public async Task<CellReply> ExecuteAsync(string code, bool stopOnError, Action<string, JsonObject> onOutput, CancellationToken cancellationToken)
    {
        using var died = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var watch = WatchForDeath(died);
        try
        {
            var result = await _client.ExecuteAsync(code, Timeout.InfiniteTimeSpan, m => onOutput(m.MessageType, m.Content),
                storeHistory: true, stopOnError: stopOnError, cancellationToken: died.Token);
            var content = result.Reply.Content;
            return new CellReply(
                result.Status,
                result.ExecutionCount,
                (string?)content["ename"],
                (string?)content["evalue"],
                (content["traceback"] as JsonArray)?.Select(l => (string?)l ?? "").ToList());
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutException && !_client.IsAlive)
        {
            throw new KernelDiedException(Describe());
        }
        finally
        {
            await died.CancelAsync();
            await watch;
        }
    }

    private async Task WatchForDeath(CancellationTokenSource died)
    {
        try
        {
            while (!died.IsCancellationRequested)
            {
                if (!_client.IsAlive)
                {
                    await died.CancelAsync();
                    return;
                }
                await Task.Delay(DeathPoll, died.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The cell finished (or timed out): the watch ends with it.
        }
    }

    private string Describe()
    {
        string? last;
        lock (_stderr)
            last = _stderr.LastOrDefault(l => l.Trim().Length > 0);
        return last is null ? "the process exited" : $"the process exited; its last words: {last.Trim()}";
    }

    public async ValueTask DisposeAsync() => await _client.ShutdownAsync(timeout: TimeSpan.FromSeconds(3));
}
