using NotebookKit.Testing;
namespace NotebookKit.Course.Tests;

/// <summary>The executed course, exported as HTML handouts, renders offline in headless Chromium: math and charts present.</summary>
[Collection(CourseCollection.Name)]
public sealed class HandoutTests(CourseRunFixture course)
{
    // Lesson 00 has no chart; every other lesson draws at least one Plotly chart.
    private static readonly HashSet<string> WithoutCharts = ["00-start-here"];

    [Theory]
    [MemberData(nameof(Course.AllLessonData), MemberType = typeof(Course))]
    public void Handout_renders_math_and_charts_offline(string lesson)
    {
        var (folder, export) = course.Handouts;
        Assert.True(export.ExitCode == 0, $"notebookkit export failed: {export.Describe()}");
        var page = Path.Combine(folder, lesson + ".html");
        Assert.True(File.Exists(page), $"no handout {page}; export said:\n{export.StdOut}");

        var dom = HeadlessChromium.DumpDom(page);

        Assert.Contains("class=\"katex\"", dom);
        if (!WithoutCharts.Contains(Path.GetFileName(lesson)))
            Assert.Contains("main-svg", dom);
    }

    [Fact]
    public void Course_index_links_every_lesson()
    {
        var (folder, export) = course.Handouts;
        Assert.True(export.ExitCode == 0, $"notebookkit export failed: {export.Describe()}");
        var index = File.ReadAllText(Path.Combine(folder, "index.html"));
        Assert.All(Course.Lessons, lesson => Assert.Contains(lesson + ".html", index));
    }
}
