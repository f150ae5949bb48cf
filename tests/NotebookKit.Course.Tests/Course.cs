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
