using System.CommandLine;
using NotebookKit.Jupyter.Export;
using NotebookKit.Jupyter.Notebooks;
using NotebookKit.Jupyter.Runner;
using NotebookKit.Jupyter.Student;
using NotebookKit.Jupyter.Translation;

namespace NotebookKit.Cli.Commands;

/// <summary>
/// `notebookkit course DIR --output-dir OUT [--teacher] [--pdf]`: the kit's main job. Writes the learner's
/// notebooks (solutions replaced by stubs, no outputs) to OUT/notebooks, runs the course through the kernel and
/// writes one offline HTML handout per lesson plus OUT/index.html. Handouts show the learner's version — the
/// exercises as stubs whose checks say ✗ — unless --teacher asks for the reference solutions.
/// Lessons in several languages (`course notebooks notebooks/zh-CN`) make one bilingual site: English in OUT,
/// each translation in OUT/&lt;lang&gt; (its handouts, index and notebooks/), every page linked to its translations.
/// The language is the notebook's own (metadata "lang"), so no option is needed.
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
                learner = WriteLearnerNotebooks(lessons, output);
            }
            catch (Exception e) when (e is IOException or FormatException or NotebookFormatException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"notebookkit course: {e.Message}");
                return Task.FromResult(2);
            }
            foreach (var folder in learner.Select(Path.GetDirectoryName).Distinct())
                Console.WriteLine($"wrote {learner.Count(l => Path.GetDirectoryName(l) == folder)} learner notebook(s) to {folder}");

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

    /// <summary>
    /// Each language's learner notebooks into its edition's notebooks/ folder, with the course README that
    /// describes them (the handouts' course map reads it there, and learners get it with the notebooks).
    /// </summary>
    internal static List<string> WriteLearnerNotebooks(IReadOnlyList<string> lessons, string output)
    {
        var languages = lessons.Select(l => (Path: l, Language: LessonLanguage.Of(Notebook.Load(l)))).ToList();
        var written = new List<string>();
        foreach (var edition in languages.GroupBy(l => l.Language))
        {
            var folder = Path.Combine(output, HandoutExporter.EditionFolder(languages.Select(l => l.Language), edition.Key), LearnerFolder);
            var duplicate = edition.GroupBy(l => Path.GetFileName(l.Path)).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
                throw new IOException($"two {edition.Key} lessons are named {duplicate.Key}: {string.Join(", ", duplicate.Select(d => d.Path))}");
            written.AddRange(StudentNotebook.WriteAll(edition.Select(l => l.Path), folder));
            var sourceFolder = Path.GetDirectoryName(Path.GetFullPath(edition.First().Path))!;
            foreach (var readme in CourseMap.Candidates(sourceFolder, edition.Key).Where(File.Exists).Take(1))
            {
                // notebooks/README.zh-CN.md links zh-CN/00-….ipynb; beside the learner's notebooks the link is 00-….ipynb.
                var text = File.ReadAllText(readme);
                if (Path.GetDirectoryName(readme) != sourceFolder)
                    text = text.Replace($"]({Path.GetFileName(sourceFolder)}/", "](", StringComparison.Ordinal);
                AtomicFile.WriteAllText(Path.Combine(folder, Path.GetFileName(readme)), text);
            }
        }
        return written;
    }
}
