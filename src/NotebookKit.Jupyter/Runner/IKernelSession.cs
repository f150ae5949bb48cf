using System.Text.Json.Nodes;

namespace NotebookKit.Jupyter.Runner;

/// <summary>
/// What the runner needs from a started kernel: run one cell, hand every iopub message of that request to
/// <c>onOutput</c> in order (up to and including the outputs before idle), and return the execute_reply.
/// Throws <see cref="KernelDiedException"/> if the kernel process dies.
/// </summary>
public interface IKernelSession : IAsyncDisposable
{
    /// <summary>The kernel's language_info (from kernel_info_reply), which nbclient stores in the notebook's metadata.</summary>
    JsonObject? LanguageInfo { get; }


    Task<CellReply> ExecuteAsync(string code, bool stopOnError, Action<string, JsonObject> onOutput, CancellationToken cancellationToken);
}
