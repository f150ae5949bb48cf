using System.CommandLine;
using NotebookKit.Jupyter.Runner;
using Spectre.Console;

namespace NotebookKit.Cli.Commands;

/// <summary>
/// `notebookkit run PATH... [--in-place | --output-dir DIR] [--html DIR] [--pdf DIR] [--timeout SECONDS] [--allow-errors]`:
/// parses the options, hands them to <see cref="RunJob"/> (which runs every code cell of each notebook through a
/// fresh `notebookkit kernel` over the Jupyter protocol and writes notebooks and handouts), and turns its
/// <see cref="RunOutcome"/> into console lines and an exit code: 0 all ran, 1 a notebook failed, 2 bad input,
/// 3 no Chromium for --pdf.
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
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var request = new RunRequest(
                parseResult.GetValue(paths) ?? [],
                parseResult.GetValue(inPlace),
                parseResult.GetValue(outputDir),
                parseResult.GetValue(html),
                parseResult.GetValue(pdf),
                new RunOptions(parseResult.GetValue(timeout) is { } seconds ? TimeSpan.FromSeconds(seconds) : null, parseResult.GetValue(allowErrors), parseResult.GetValue(kernel)));
            var job = new RunJob(Kernels());
            var outcome = await WithProgress(Console.Out, PlainOutput(), observer => job.RunAsync(request, observer, cancellationToken));
            return Report(outcome, Console.Out, Console.Error);
        });
        return command;
    }

    /// <summary>Kernels as Jupyter would start them from the kernelspec: this CLI's own `kernel` verb.</summary>
    internal static Func<string, CancellationToken, Task<IKernelSession>> Kernels() =>
        KernelClientSession.Starter(KernelCommandLine.ForCli(typeof(RunCommand).Assembly.Location));

    /// <summary>
    /// Runs <paramref name="run"/> with its progress shown: plain lines when output is piped or in CI (logs stay
    /// readable), live progress bars in a terminal.
    /// </summary>
    internal static async Task<T> WithProgress<T>(TextWriter stdout, bool plain, Func<IRunObserver, Task<T>> run)
    {
        if (plain)
            return await run(new RunProgressLines(stdout));
        T outcome = default!;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context => outcome = await run(new RunProgressBars(context)));
        return outcome;
    }

    /// <summary>The outcome as the user reads it: one line per notebook, failures on stderr, then the handouts written.</summary>
    internal static int Report(RunOutcome outcome, TextWriter stdout, TextWriter stderr)
    {
        if (outcome.Refusal != RunRefusal.None)
        {
            stderr.WriteLine(outcome.RefusalMessage);
            return outcome.Refusal == RunRefusal.NoChromium ? 3 : 2;
        }
        foreach (var result in outcome.Notebooks)
        {
            if (!result.Succeeded)
            {
                stderr.WriteLine(result.Message);
                stderr.WriteLine($"{Path.GetFileName(result.Path)}: not written (a failed run never replaces the notebook).");
                continue;
            }
            var errors = result.ErrorCells > 0 ? $", {result.ErrorCells} cell(s) with errors" : "";
            stdout.WriteLine($"{Path.GetFileName(result.Path)}: ok in {result.Elapsed.TotalSeconds:0.0} s{errors}");
        }
        foreach (var handout in outcome.Handouts)
            stdout.WriteLine($"wrote {handout}");
        foreach (var warning in outcome.Warnings)
            stderr.WriteLine(warning);
        return outcome.Succeeded ? 0 : 1;
    }

    /// <summary>No live display when output is piped or in CI: plain lines keep logs readable.</summary>
    internal static bool PlainOutput() =>
        Console.IsOutputRedirected || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) || !AnsiConsole.Profile.Capabilities.Interactive;
}
