using System.CommandLine;
using NotebookKit.Jupyter.Runner;

namespace NotebookKit.Cli.Commands;

/// <summary>
/// `notebookkit course DIR --output-dir OUT [--teacher] [--pdf]`: the kit's main job (see <see cref="CourseJob"/>:
/// learner's notebooks, a run of every lesson, HTML handouts, the index). This verb parses the options, runs the
/// job with progress shown, and reports what it wrote with the exit codes of `run`.
/// </summary>
internal static class CourseCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "The reference lessons: notebooks or folders of them.", Arity = ArgumentArity.OneOrMore };
        var outputDir = new Option<string>("--output-dir") { Description = "Folder for the handouts and the learner's notebooks.", Required = true };
        var teacher = new Option<bool>("--teacher") { Description = "Handouts of the reference notebooks, solutions included." };
        var pdf = new Option<bool>("--pdf") { Description = "Also print each handout to PDF (needs Chromium)." };
        var timeout = new Option<double?>("--timeout") { Description = "Seconds one cell may run before its lesson is stopped (default: no limit)." };
        var command = new Command("course", "Run the whole course: learner's notebooks, HTML handouts and the course index.");
        command.Arguments.Add(paths);
        foreach (var option in new Option[] { outputDir, teacher, pdf, timeout })
            command.Options.Add(option);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var request = new CourseRequest(
                parseResult.GetValue(paths) ?? [],
                parseResult.GetValue(outputDir)!,
                parseResult.GetValue(teacher),
                parseResult.GetValue(pdf),
                new RunOptions(parseResult.GetValue(timeout) is { } seconds ? TimeSpan.FromSeconds(seconds) : null, AllowErrors: false));
            var job = new CourseJob(RunCommand.Kernels());
            var outcome = await RunCommand.WithProgress(Console.Out, RunCommand.PlainOutput(), observer => job.RunAsync(request, observer, cancellationToken));
            return Report(outcome, Console.Out, Console.Error);
        });
        return command;
    }

    /// <summary>The learner's notebooks written (one line per folder), then the run as `run` reports it.</summary>
    internal static int Report(CourseOutcome outcome, TextWriter stdout, TextWriter stderr)
    {
        if (outcome.LearnerNotebooks.Count == 0 && outcome.Run.Refusal == RunRefusal.InvalidInput)
        {
            stderr.WriteLine($"notebookkit course: {outcome.Run.RefusalMessage}");
            return 2;
        }
        foreach (var folder in outcome.LearnerNotebooks.GroupBy(Path.GetDirectoryName))
            stdout.WriteLine($"wrote {folder.Count()} learner notebook(s) to {folder.Key}");
        return RunCommand.Report(outcome.Run, stdout, stderr);
    }
}
