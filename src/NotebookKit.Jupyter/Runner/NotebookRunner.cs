using System.Diagnostics;
using System.Text.RegularExpressions;
using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Jupyter.Runner;

/// <summary>
/// Runs a notebook's code cells in order through a fresh kernel (one per notebook, so lessons can't leak state
/// into each other) and records the outputs as nbclient would. Like nbclient, cells whose source is blank are
/// skipped, and a failing cell stops the notebook unless errors are allowed.
/// </summary>
/// <param name="startKernel">Starts a kernel whose working directory is the given folder (the notebook's, as Jupyter does).</param>
public sealed partial class NotebookRunner(Func<string, CancellationToken, Task<IKernelSession>> startKernel, RunOptions options)
{
    public async Task<NotebookRunResult> RunAsync(string path, Notebook notebook, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var name = System.IO.Path.GetFileName(path);
        var executed = notebook.Clone();
        var clock = Stopwatch.StartNew();
        var codeCells = executed.Cells.Count(IsRunnable);
        NotebookRunResult Result(RunFailure failure, string? message, int errors) => new(path, executed, failure, message, errors, clock.Elapsed);

        if (options.Kernel is null && NotebookLanguage.WhyNotCSharp(notebook) is { } notCSharp)
            return Result(RunFailure.NotCSharp, $"{name}: {notCSharp}", 0);
        progress?.Report(new RunProgress(name, 0, codeCells, clock.Elapsed));
        IKernelSession session;
        try
        {
            session = await startKernel(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!, cancellationToken);
        }
        catch (Exception ex) when (ex is KernelDiedException or TimeoutException or IOException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return Result(RunFailure.KernelStart, $"{name}: the kernel did not start: {ex.Message}", 0);
        }

        await using (session)
        {
            // nbclient records the kernel's language_info in the notebook; so do we, so both files agree.
            if (session.LanguageInfo is { } languageInfo)
                executed.Metadata["language_info"] = languageInfo.DeepClone();
            var recorder = new OutputRecorder();
            var done = 0;
            var errors = 0;
            for (var index = 0; index < executed.Cells.Count; index++)
            {
                var cell = executed.Cells[index];
                if (!IsRunnable(cell))
                    continue;
                progress?.Report(new RunProgress(name, ++done, codeCells, clock.Elapsed));
                var where = $"{name}: cell {index + 1}";
                recorder.BeginCell(cell);
                CellReply reply;
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                if (options.CellTimeout is { } limit)
                    timeout.CancelAfter(limit);
                try
                {
                    reply = await session.ExecuteAsync(PolyglotCells.CodeToSubmit(executed, cell), stopOnError: !options.AllowErrors, recorder.Handle, timeout.Token);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    recorder.EndCell();
                    return Result(RunFailure.Timeout, $"{where}: timed out after {options.CellTimeout!.Value.TotalSeconds:0.#} s (raise --timeout, or make the cell faster)", errors);
                }
                catch (KernelDiedException ex)
                {
                    recorder.EndCell();
                    return Result(RunFailure.KernelDied, $"{where}: the kernel died while running this cell ({ex.Message})", errors);
                }
                recorder.EndCell();
                // A failed cell always shows its error in the saved notebook, even if the kernel published none.
                if (reply.IsError && !cell.Outputs.Any(o => o.OutputType == NotebookOutput.Error))
                    cell.Outputs.Add(NotebookOutput.CreateError(reply.ErrorName ?? "Error", reply.ErrorValue ?? "", reply.Traceback ?? []));
                if (reply.ExecutionCount is { } count)
                    cell.ExecutionCount = count;
                if (!reply.IsError)
                    continue;
                errors++;
                if (!options.AllowErrors)
                    return Result(RunFailure.CellError, Describe(where, reply), errors);
            }
            return Result(RunFailure.None, null, errors);
        }
    }

    private static bool IsRunnable(NotebookCell cell) => cell.IsCode && !string.IsNullOrWhiteSpace(cell.Source);

    /// <summary><c>lesson3.ipynb: cell 12, line 4: InvalidOperationException: Dense(64) expected 784 inputs, got 28</c></summary>
    internal static string Describe(string where, CellReply reply)
    {
        // Tracebacks are coloured (as ipykernel's are); the line numbers are read from the plain text.
        var text = Export.Ansi.Strip(string.Join("\n", [reply.ErrorValue ?? "", .. reply.Traceback ?? []]));
        var line = CellFrameLine().Match(text) is { Success: true } frame ? frame.Groups[1].Value
            : DiagnosticLine().Match(text) is { Success: true } diagnostic ? diagnostic.Groups[1].Value : null;
        var at = line is null ? "" : $", line {line}";
        return $"{where}{at}: {reply.ErrorName}: {reply.ErrorValue}";
    }

    // The kernel's runtime frames end "… cell, line N" (innermost first); its compile errors start "(line,column): error CSxxxx".
    [GeneratedRegex(@"\bcell, line (\d+)")]
    private static partial Regex CellFrameLine();

    [GeneratedRegex(@"(?m)^\s*\((\d+),\d+\): error")]
    private static partial Regex DiagnosticLine();
}
