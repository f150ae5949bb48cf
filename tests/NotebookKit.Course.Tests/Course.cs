namespace NotebookKit.Course.Tests;

/// <summary>Where the lessons and the `notebookkit` command are, found from the test assembly's folder.</summary>
internal static class Course
{
    public static readonly string[] Lessons =
    [
        "00-start-here", "01-brain-and-neuron", "02-forward-pass", "03-loss-and-gradient-descent",
        "04-backpropagation", "05-optimizers", "06-full-training-run", "07-convolutions", "08-generalization",
    ];

    public static TheoryData<string> LessonData => new(Lessons);

    /// <summary>The language of each translated edition: a folder of lessons under notebooks/ named after it.</summary>
    public const string Chinese = "zh-CN";

    /// <summary>The translated lessons present, as "zh-CN/NN-slug" (a lesson id LessonPath resolves).</summary>
    public static string[] Translations { get; } =
        Directory.Exists(Path.Combine(FindRoot(), "notebooks", Chinese))
            ? [.. Directory.GetFiles(Path.Combine(FindRoot(), "notebooks", Chinese), "*.ipynb").Select(f => Chinese + "/" + Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)]
            : [];

    public static TheoryData<string> TranslationData => new(Translations);

    /// <summary>Every lesson that runs in CI: the English ones and their translations.</summary>
    public static TheoryData<string> AllLessonData => new([.. Lessons, .. Translations]);

    /// <summary>The English lesson a translated lesson id translates ("zh-CN/00-start-here" → "00-start-here").</summary>
    public static string EnglishOf(string lesson) => Path.GetFileName(lesson);

    public static string RepositoryRoot { get; } = FindRoot();

    public static string NotebooksFolder => Path.Combine(RepositoryRoot, "notebooks");

    public static string LessonPath(string lesson) => Path.Combine(NotebooksFolder, lesson + ".ipynb");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NotebookKit.sln")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException($"No NotebookKit.sln above {AppContext.BaseDirectory}");
    }
}
