using System.CommandLine;
using NotebookKit.Jupyter.Notebooks;
using NotebookKit.Jupyter.Runner;
using NotebookKit.Jupyter.Student;

namespace NotebookKit.Cli.Commands;

/// <summary>
/// `notebookkit course DIR --output-dir OUT [--teacher] [--pdf]`: the kit's main job. Writes the learner's
/// notebooks (solutions replaced by stubs, no outputs) to OUT/notebooks, runs the course through the kernel and
/// writes one offline HTML handout per lesson plus OUT/index.html. Handouts show the learner's version — the
/// exercises as stubs whose checks say ✗ — unless --teacher asks for the reference solutions.
/// </summary>
internal static class CourseCommand
{
    public const string LearnerFolder = "notebooks";

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
        command.SetAction((parseResult, cancellationToken) =>
        {
            var output = parseResult.GetValue(outputDir)!;
            IReadOnlyList<string> lessons;
            IReadOnlyList<string> learner;
            try
            {
                lessons = NotebookPaths.Expand(parseResult.GetValue(paths) ?? []);
                learner = StudentNotebook.WriteAll(lessons, Path.Combine(output, LearnerFolder));
            }
            catch (Exception e) when (e is IOException or FormatException or NotebookFormatException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"notebookkit course: {e.Message}");
                return Task.FromResult(2);
            }
            Console.WriteLine($"wrote {learner.Count} learner notebook(s) to {Path.Combine(output, LearnerFolder)}");

            var request = new RunCommand.RunRequest(
                parseResult.GetValue(teacher) ? lessons : learner,
                InPlace: false,
                OutputDir: null,
                HtmlDir: output,
                PdfDir: parseResult.GetValue(pdf) ? output : null,
                new RunOptions(parseResult.GetValue(timeout) is { } seconds ? TimeSpan.FromSeconds(seconds) : null, AllowErrors: false));
            var kernels = KernelClientSession.Starter(KernelCommandLine.ForCli(typeof(CourseCommand).Assembly.Location));
            return RunCommand.RunAsync(request, kernels, Console.Out, Console.Error, RunCommand.PlainOutput(), cancellationToken);
        });
        return command;
    }
}
