using NotebookKit.Jupyter.Export;
using NotebookKit.Jupyter.Notebooks;
using NotebookKit.Jupyter.Student;
using NotebookKit.Jupyter.Translation;

namespace NotebookKit.Jupyter.Runner;

/// <summary>
/// The `course` use case, the kit's main job: writes the learner's notebooks (solutions replaced by stubs, no
/// outputs) to OUT/notebooks, runs the course through the kernel and writes one offline HTML handout per lesson
/// plus OUT/index.html. Handouts show the learner's version — the exercises as stubs whose checks say ✗ — unless
/// the request asks for the teacher's. Lessons in several languages make one bilingual site: English in OUT, each
/// translation in OUT/&lt;lang&gt; (its handouts, index and notebooks/), every page linked to its translations. The
/// language is the notebook's own (metadata "lang").
/// </summary>
/// <param name="startKernel">Starts a kernel whose working directory is the given folder.</param>
public sealed class CourseJob(Func<string, CancellationToken, Task<IKernelSession>> startKernel)
{
    /// <summary>The folder of each edition that holds the learner's notebooks.</summary>
    public const string LearnerFolder = "notebooks";

    public async Task<CourseOutcome> RunAsync(CourseRequest request, IRunObserver? observer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        IReadOnlyList<string> lessons;
        IReadOnlyList<string> learner;
        try
        {
            lessons = NotebookPaths.Expand(request.Lessons);
            learner = WriteLearnerNotebooks(lessons, request.OutputDir);
        }
        catch (Exception e) when (e is IOException or FormatException or NotebookFormatException or UnauthorizedAccessException)
        {
            return new CourseOutcome([], RunOutcome.Refused(RunRefusal.InvalidInput, e.Message));
        }
        var run = new RunRequest(request.Teacher ? lessons : learner, InPlace: false, OutputDir: null,
            HtmlDir: request.OutputDir, PdfDir: request.Pdf ? request.OutputDir : null, request.Options);
        return new CourseOutcome(learner, await new RunJob(startKernel).RunAsync(run, observer, cancellationToken));
    }

    /// <summary>
    /// Each language's learner notebooks into its edition's notebooks/ folder, with the course README that
    /// describes them (the handouts' course map reads it there, and learners get it with the notebooks).
    /// </summary>
    public static IReadOnlyList<string> WriteLearnerNotebooks(IReadOnlyList<string> lessons, string output)
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
