using NotebookKit.Jupyter.Export;
using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Jupyter.Runner;

/// <summary>
/// The `run` use case: expands the paths, refuses up front what cannot work (a missing notebook, two notebooks
/// bound for one file, PDFs without Chromium), runs each notebook through a fresh kernel, writes the executed
/// copies that succeeded, then the handouts of those. A failed notebook is never written, so a half-run never
/// replaces a lesson. Console text and exit codes are the caller's (the CLI maps the <see cref="RunOutcome"/>).
/// </summary>
/// <param name="startKernel">Starts a kernel whose working directory is the given folder.</param>
public sealed class RunJob(Func<string, CancellationToken, Task<IKernelSession>> startKernel)
{
    public async Task<RunOutcome> RunAsync(RunRequest request, IRunObserver? observer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        List<(string Path, Notebook Notebook)> notebooks;
        try
        {
            notebooks = NotebookPaths.Expand(request.Paths).Select(p => (p, NotebookFile.Load(p))).ToList();
        }
        catch (Exception ex) when (ex is NotebookFormatException or FileNotFoundException)
        {
            return RunOutcome.Refused(RunRefusal.InvalidInput, ex.Message);
        }
        if (ExecutedPaths.Check(notebooks.Select(n => n.Path).ToList(), request.InPlace, request.OutputDir) is { } problem)
            return RunOutcome.Refused(RunRefusal.InvalidInput, problem);
        if (request.PdfDir is not null && PdfPrinter.FindChromium() is null)
            return RunOutcome.Refused(RunRefusal.NoChromium, PdfPrinter.MissingMessage);

        // One notebook after another: each kernel compiles with Roslyn, which keeps both cores busy on its own.
        var runner = new NotebookRunner(startKernel, request.Options);
        var results = new List<NotebookRunResult>();
        foreach (var (path, notebook) in notebooks)
        {
            var result = await runner.RunAsync(path, notebook, observer?.Starting(path, notebook.Cells.Count(c => c.IsCode)), cancellationToken);
            observer?.Finished(result);
            results.Add(result);
            if (!result.Succeeded)
                continue;
            if (request.InPlace)
                result.Executed.Save(result.Path);
            else if (request.OutputDir is not null)
                result.Executed.Save(ExecutedPaths.Target(request.OutputDir, result.Path));
        }

        var handouts = new List<string>();
        var warnings = new List<string>();
        var succeeded = results.Where(r => r.Succeeded).Select(r => new HandoutSource(r.Path, r.Executed)).ToList();
        if (succeeded.Count > 0)
            WriteHandouts(request, succeeded, handouts, warnings);
        return new RunOutcome(RunRefusal.None, null, results, handouts, warnings);
    }

    private static void WriteHandouts(RunRequest request, List<HandoutSource> succeeded, List<string> handouts, List<string> warnings)
    {
        if (request.HtmlDir is not null)
            handouts.AddRange(HandoutExporter.WriteHtml(succeeded, request.HtmlDir));
        if (request.PdfDir is null)
            return;
        try
        {
            handouts.AddRange(HandoutExporter.WritePdf(succeeded, request.PdfDir));
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or IOException)
        {
            warnings.Add(ex.Message);
        }
    }
}
