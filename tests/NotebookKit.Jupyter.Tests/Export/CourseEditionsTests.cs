using NotebookKit.Jupyter.Notebooks;
using NotebookKit.Jupyter.Runner;
using NotebookKit.Jupyter.Tests.Notebooks;

namespace NotebookKit.Jupyter.Tests.Export;

/// <summary>`notebookkit course notebooks notebooks/zh-CN`: each edition's learner notebooks and README in its own folder.</summary>
public sealed class CourseEditionsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Learner_notebooks_of_each_language_go_to_their_edition_with_the_readme_that_maps_them()
    {
        var course = Directory.CreateDirectory(Path.Combine(_folder.Path, "notebooks")).FullName;
        var zh = Directory.CreateDirectory(Path.Combine(course, "zh-CN")).FullName;
        LessonNotebooks.Intro().Save(Path.Combine(course, "01-neurons.ipynb"));
        var chinese = LessonNotebooks.Intro();
        chinese.Metadata["lang"] = "zh-CN";
        chinese.Save(Path.Combine(zh, "01-neurons.ipynb"));
        File.WriteAllText(Path.Combine(course, "README.md"), "| # | lesson |\n|---|---|\n| 01 | [Neurons](01-neurons.ipynb) |\n");
        File.WriteAllText(Path.Combine(course, "README.zh-CN.md"), "| # | 课 |\n|---|---|\n| 01 | [神经元](zh-CN/01-neurons.ipynb) |\n");
        var output = Path.Combine(_folder.Path, "out");

        var written = CourseJob.WriteLearnerNotebooks([Path.Combine(course, "01-neurons.ipynb"), Path.Combine(zh, "01-neurons.ipynb")], output);

        Assert.Equal([Path.Combine(output, "notebooks", "01-neurons.ipynb"), Path.Combine(output, "zh-CN", "notebooks", "01-neurons.ipynb")], written);
        Assert.Equal("zh-CN", (string?)Notebook.Load(written[1]).Metadata["lang"]);
        Assert.True(File.Exists(Path.Combine(output, "notebooks", "README.md")));
        // The Chinese README sat above zh-CN/; beside the learner's notebooks its links point next door.
        Assert.Contains("[神经元](01-neurons.ipynb)", File.ReadAllText(Path.Combine(output, "zh-CN", "notebooks", "README.zh-CN.md")));
    }

    [Fact]
    public void Two_lessons_of_one_language_with_the_same_name_are_refused()
    {
        var a = Directory.CreateDirectory(Path.Combine(_folder.Path, "a")).FullName;
        var b = Directory.CreateDirectory(Path.Combine(_folder.Path, "b")).FullName;
        LessonNotebooks.Intro().Save(Path.Combine(a, "01-neurons.ipynb"));
        LessonNotebooks.Intro().Save(Path.Combine(b, "01-neurons.ipynb"));
        var error = Assert.Throws<IOException>(() => CourseJob.WriteLearnerNotebooks([Path.Combine(a, "01-neurons.ipynb"), Path.Combine(b, "01-neurons.ipynb")], Path.Combine(_folder.Path, "out")));
        Assert.Contains("01-neurons.ipynb", error.Message);
    }
}
