using System.Collections.Concurrent;
using NotebookKit.Jupyter.Notebooks;
using NotebookKit.Jupyter.Student;

namespace NotebookKit.Course.Tests;

/// <summary>
/// Runs each lesson through `notebookkit run` at most once per test session — the reference and the
/// learner's version — and exports the executed reference lessons as handouts, so the run, check and
/// handout tests share one execution of the course.
/// </summary>
public sealed class CourseRunFixture : IDisposable
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(5);
    private readonly string _folder = Directory.CreateTempSubdirectory("nk-course-").FullName;
    private readonly ConcurrentDictionary<(string Lesson, bool Learner), Lazy<LessonRun>> _runs = new();
    private readonly Lazy<(string Folder, CliProcess.Result Export)> _handouts;

    public CourseRunFixture() => _handouts = new(ExportHandouts);

    public sealed record LessonRun(string Lesson, bool Learner, CliProcess.Result Process, Notebook? Executed)
    {
        public string Describe() => $"{Lesson} ({(Learner ? "learner" : "reference")}): {Process.Elapsed.TotalSeconds:F1} s";
    }

    public LessonRun Reference(string lesson) => Get(lesson, learner: false);

    public LessonRun Learner(string lesson) => Get(lesson, learner: true);

    /// <summary>
    /// The folder of HTML handouts for every executed reference lesson, English and translated, exported in one
    /// call as one bilingual site (translations in zh-CN/), plus the export's own result.
    /// </summary>
    public (string Folder, CliProcess.Result Export) Handouts => _handouts.Value;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private LessonRun Get(string lesson, bool learner) =>
        _runs.GetOrAdd((lesson, learner), key => new Lazy<LessonRun>(() => Run(key.Lesson, key.Learner))).Value;

    private LessonRun Run(string lesson, bool learner)
    {
        // A translation ("zh-CN/00-start-here") runs into its own sub-folder: the file names are the English ones.
        var edition = Path.GetDirectoryName(lesson) ?? "";
        var source = Course.LessonPath(lesson);
        if (learner)
            source = StudentNotebook.WriteAll([source], Path.Combine(_folder, "learner", edition)).Single();
        var outputDir = Path.Combine(_folder, learner ? "learner-run" : "reference-run", edition);
        var process = CliProcess.Run(RunTimeout, "run", source, "--output-dir", outputDir);
        var executedPath = Path.Combine(outputDir, Path.GetFileName(lesson) + ".ipynb");
        var executed = process.ExitCode == 0 && File.Exists(executedPath) ? Notebook.Load(executedPath) : null;
        return new LessonRun(lesson, learner, process, executed);
    }

    private (string, CliProcess.Result) ExportHandouts()
    {
        foreach (var lesson in Course.Lessons.Concat(Course.Translations))
            Reference(lesson);
        var handouts = Path.Combine(_folder, "handouts");
        var editions = new[] { Path.Combine(_folder, "reference-run") }
            .Concat(Course.Translations.Select(Path.GetDirectoryName).Distinct().Select(e => Path.Combine(_folder, "reference-run", e!)));
        var export = CliProcess.Run(RunTimeout, ["export", .. editions, "--to", "html", "--output-dir", handouts]);
        return (handouts, export);
    }
}

[CollectionDefinition(Name)]
public sealed class CourseCollection : ICollectionFixture<CourseRunFixture>
{
    public const string Name = "course run";
}
