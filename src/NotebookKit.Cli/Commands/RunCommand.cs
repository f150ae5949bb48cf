using System.CommandLine;
using NotebookKit.Jupyter.Export;
using NotebookKit.Jupyter.Notebooks;
using NotebookKit.Jupyter.Runner;
using Spectre.Console;

namespace NotebookKit.Cli.Commands;

/// <summary>
/// `notebookkit run PATH... [--in-place | --output-dir DIR] [--html DIR] [--pdf DIR] [--timeout SECONDS] [--allow-errors]`:
/// runs every code cell of each notebook through a fresh `notebookkit kernel` over the Jupyter protocol, writes
/// the executed notebooks and handouts, and exits non-zero when a notebook fails. A failed notebook is never
/// written, so a half-run never replaces a lesson.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Notebooks or folders of notebooks (*.ipynb, *.dib; run in name order).", Arity = ArgumentArity.OneOrMore };
        var inPlace = new Option<bool>("--in-place") { Description = "Write the outputs back into each notebook." };
        var outputDir = new Option<string?>("--output-dir") { Description = "Write executed notebooks into this folder." };
        var html = new Option<string?>("--html") { Description = "Write HTML handouts (with course index) into this folder." };
        var pdf = new Option<string?>("--pdf") { Description = "Write PDF handouts into this folder (needs Chromium)." };
        var timeout = new Option<double?>("--timeout") { Description = "Seconds one cell may run before the notebook is stopped (default: no limit)." };
        var allowErrors = new Option<bool>("--allow-errors") { Description = "Keep running after a failing cell; its error is recorded as output." };
        var kernel = new Option<string?>("--kernel") { Description = $"Run with this kernel whatever the notebook's kernelspec says (only '{Jupyter.Kernel.KernelIdentity.KernelName}', C#)." };
        var command = new Command("run", "Run notebooks headless through the NotebookKit kernel, record outputs, write notebooks and handouts.");
        command.Arguments.Add(paths);
        foreach (var option in new Option[] { inPlace, outputDir, html, pdf, timeout, allowErrors, kernel })
            command.Options.Add(option);
        command.Validators.Add(result =>
        {
            if (result.GetValue(inPlace) && result.GetValue(outputDir) is not null)
                result.AddError("--in-place and --output-dir cannot be used together.");
            if (result.GetValue(timeout) is <= 0)
                result.AddError("--timeout must be a positive number of seconds.");
            if (result.GetValue(kernel) is { } name && !NotebookLanguage.IsCSharpKernel(name))
                result.AddError($"--kernel {name}: notebookkit run only has the C# kernel '{Jupyter.Kernel.KernelIdentity.KernelName}'.");
        });
        command.SetAction((parseResult, cancellationToken) =>
        {
            var request = new RunRequest(
                parseResult.GetValue(paths) ?? [],
                parseResult.GetValue(inPlace),
                parseResult.GetValue(outputDir),
                parseResult.GetValue(html),
                parseResult.GetValue(pdf),
                new RunOptions(parseResult.GetValue(timeout) is { } seconds ? TimeSpan.FromSeconds(seconds) : null, parseResult.GetValue(allowErrors), parseResult.GetValue(kernel)));
            var kernels = KernelClientSession.Starter(KernelCommandLine.ForCli(typeof(RunCommand).Assembly.Location));
            return RunAsync(request, kernels, Console.Out, Console.Error, PlainOutput(), cancellationToken);
        });
        return command;
    }

    internal sealed record RunRequest(IReadOnlyList<string> Paths, bool InPlace, string? OutputDir, string? HtmlDir, string? PdfDir, RunOptions Options);

    internal static async Task<int> RunAsync(RunRequest request, Func<string, CancellationToken, Task<IKernelSession>> kernels, TextWriter stdout, TextWriter stderr, bool plain, CancellationToken cancellationToken)
    {
        List<(string Path, Notebook Notebook)> notebooks;
        try
        {
            notebooks = NotebookPaths.Expand(request.Paths).Select(p => (p, NotebookFile.Load(p))).ToList();
        }
        catch (Exception ex) when (ex is NotebookFormatException or FileNotFoundException)
        {
            stderr.WriteLine(ex.Message);
            return 2;
        }
        if (ExecutedPaths.Check(notebooks.Select(n => n.Path).ToList(), request.InPlace, request.OutputDir) is { } problem)
        {
            stderr.WriteLine(problem);
            return 2;
        }
        if (request.PdfDir is not null && PdfPrinter.FindChromium() is null)
        {
            stderr.WriteLine(PdfPrinter.MissingMessage);
            return 3;
        }

        var runner = new NotebookRunner(kernels, request.Options);
        var results = plain
            ? await RunPlain(runner, notebooks, stdout, cancellationToken)
            : await RunWithProgress(runner, notebooks, cancellationToken);

        foreach (var result in results)
        {
            if (!result.Succeeded)
            {
                stderr.WriteLine(result.Message);
                stderr.WriteLine($"{Path.GetFileName(result.Path)}: not written (a failed run never replaces the notebook).");
                continue;
            }
            var errors = result.ErrorCells > 0 ? $", {result.ErrorCells} cell(s) with errors" : "";
            stdout.WriteLine($"{Path.GetFileName(result.Path)}: ok in {result.Elapsed.TotalSeconds:0.0} s{errors}");
            if (request.InPlace)
                result.Executed.Save(result.Path);
            else if (request.OutputDir is not null)
                result.Executed.Save(ExecutedPaths.Target(request.OutputDir, result.Path));
        }

        var succeeded = results.Where(r => r.Succeeded).Select(r => new HandoutSource(r.Path, r.Executed)).ToList();
        if (succeeded.Count > 0)
            WriteHandouts(request, succeeded, stdout, stderr);
        return results.All(r => r.Succeeded) ? 0 : 1;
    }

    private static void WriteHandouts(RunRequest request, List<HandoutSource> succeeded, TextWriter stdout, TextWriter stderr)
    {
        if (request.HtmlDir is not null)
            foreach (var page in HandoutExporter.WriteHtml(succeeded, request.HtmlDir))
                stdout.WriteLine($"wrote {page}");
        if (request.PdfDir is null)
            return;
        var temp = Directory.CreateTempSubdirectory("nbkit-run-pdf-");
        try
        {
            var pages = HandoutExporter.WriteHtml(succeeded, temp.FullName);
            // A translation's pages sit in a sub-folder (zh-CN/); its PDFs go to the same sub-folder.
            var jobs = pages.Select(p => (p, Path.Combine(request.PdfDir, Path.ChangeExtension(Path.GetRelativePath(temp.FullName, p), ".pdf")))).ToList();
            PdfPrinter.Print(jobs);
            foreach (var (_, pdf) in jobs)
                stdout.WriteLine($"wrote {pdf}");
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or IOException)
        {
            stderr.WriteLine(ex.Message);
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    /// <summary>Notebooks run one after another: each kernel compiles with Roslyn, which keeps both cores busy on its own.</summary>
    private static async Task<List<NotebookRunResult>> RunPlain(NotebookRunner runner, List<(string Path, Notebook Notebook)> notebooks, TextWriter stdout, CancellationToken cancellationToken)
    {
        var results = new List<NotebookRunResult>();
        var progress = new SyncProgress(p => stdout.WriteLine(p.Cell == 0
            ? $"{p.Notebook}: starting kernel ({p.CodeCells} code cells)"
            : $"{p.Notebook}: cell {p.Cell} of {p.CodeCells} ({p.Elapsed.TotalSeconds:0.0} s)"));
        foreach (var (path, notebook) in notebooks)
            results.Add(await runner.RunAsync(path, notebook, progress, cancellationToken));
        return results;
    }

    private static async Task<List<NotebookRunResult>> RunWithProgress(NotebookRunner runner, List<(string Path, Notebook Notebook)> notebooks, CancellationToken cancellationToken)
    {
        var results = new List<NotebookRunResult>();
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                foreach (var (path, notebook) in notebooks)
                {
                    var name = Markup.Escape(Path.GetFileName(path));
                    var task = context.AddTask($"{name}: starting kernel", maxValue: Math.Max(1, notebook.Cells.Count(c => c.IsCode)));
                    var progress = new SyncProgress(p =>
                    {
                        task.MaxValue = Math.Max(1, p.CodeCells);
                        task.Value = Math.Max(0, p.Cell - 1);
                        task.Description = p.Cell == 0 ? $"{name}: starting kernel" : $"{name}: cell {p.Cell} of {p.CodeCells}";
                    });
                    var result = await runner.RunAsync(path, notebook, progress, cancellationToken);
                    task.Value = task.MaxValue;
                    task.Description = result.Succeeded ? $"{name}: [green]ok[/]" : $"{name}: [red]failed[/]";
                    task.StopTask();
                    results.Add(result);
                }
            });
        return results;
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; reports must be shown in order, so call the handler directly.</summary>
    private sealed class SyncProgress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }

    /// <summary>No live display when output is piped or in CI: plain lines keep logs readable.</summary>
    internal static bool PlainOutput() =>
        Console.IsOutputRedirected || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) || !AnsiConsole.Profile.Capabilities.Interactive;
}
