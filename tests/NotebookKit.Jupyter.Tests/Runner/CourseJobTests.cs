using NotebookKit.Jupyter.Notebooks;
using NotebookKit.Jupyter.Runner;
using NotebookKit.Jupyter.Tests.Notebooks;

namespace NotebookKit.Jupyter.Tests.Runner;

/// <summary>The `course` use case with a scripted kernel: learner's notebooks, handouts of the right edition, index.</summary>
public sealed class CourseJobTests
{
    private const string Solution = "// BEGIN SOLUTION (stub: double guess = 0;)\ndouble guess = 42;\n// END SOLUTION";

    private static string WriteCourse(TempFolder temp)
    {
        var course = Directory.CreateDirectory(temp.File("lessons")).FullName;
        RunJobTests.WriteLesson(Path.Combine(course, "01-a.ipynb"), "var x = 1;", Solution);
        RunJobTests.WriteLesson(Path.Combine(course, "02-b.ipynb"), "var y = 2;");
        return course;
    }

    private static CourseJob Job() => new((_, _) => Task.FromResult<IKernelSession>(new ScriptedKernel()));

    [Fact]
    public async Task Writes_the_learner_notebooks_and_handouts_of_the_learner_version_with_an_index()
    {
        using var temp = new TempFolder();
        var course = WriteCourse(temp);
        var output = temp.File("site");

        var outcome = await Job().RunAsync(new CourseRequest([course], output, Teacher: false, Pdf: false, new RunOptions()));

        Assert.True(outcome.Run.Succeeded, outcome.Run.RefusalMessage);
        Assert.Equal([Path.Combine(output, "notebooks", "01-a.ipynb"), Path.Combine(output, "notebooks", "02-b.ipynb")], outcome.LearnerNotebooks);
        Assert.DoesNotContain("guess = 42", File.ReadAllText(outcome.LearnerNotebooks[0]));
        Assert.All(Notebook.Load(outcome.LearnerNotebooks[0]).Cells, c => Assert.Empty(c.Outputs));
        Assert.Equal(["01-a.html", "02-b.html", "index.html"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var handout = File.ReadAllText(Path.Combine(output, "01-a.html"));
        Assert.Contains("YOUR CODE HERE", handout);
        Assert.DoesNotContain("guess = 42", handout);
        Assert.Equal([Path.Combine(output, "01-a.html"), Path.Combine(output, "02-b.html")], outcome.Run.Handouts);
    }

    [Fact]
    public async Task Teacher_handouts_show_the_reference_solutions()
    {
        using var temp = new TempFolder();
        var course = WriteCourse(temp);
        var output = temp.File("site");

        var outcome = await Job().RunAsync(new CourseRequest([course], output, Teacher: true, Pdf: false, new RunOptions()));

        Assert.True(outcome.Run.Succeeded, outcome.Run.RefusalMessage);
        Assert.Contains("guess = 42", File.ReadAllText(Path.Combine(output, "01-a.html")));
        Assert.DoesNotContain("guess = 42", File.ReadAllText(outcome.LearnerNotebooks[0]));
    }

    [Fact]
    public async Task Missing_lessons_are_refused_and_nothing_is_written()
    {
        using var temp = new TempFolder();

        var outcome = await Job().RunAsync(new CourseRequest([temp.File("nowhere")], temp.File("site"), Teacher: false, Pdf: false, new RunOptions()));

        Assert.Empty(outcome.LearnerNotebooks);
        Assert.Equal(RunRefusal.InvalidInput, outcome.Run.Refusal);
        Assert.Equal($"{temp.File("nowhere")}: no such notebook or folder", outcome.Run.RefusalMessage);
        Assert.False(Directory.Exists(temp.File("site")));
    }
}
