using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NotebookKit.Jupyter.Export;
using NotebookKit.Jupyter.Notebooks;
using NotebookKit.Jupyter.Tests.Notebooks;

namespace NotebookKit.Jupyter.Tests.Export;

/// <summary>
/// An English course and part of its Chinese translation exported in one call: one site, English at the root and
/// Chinese in zh-CN/, each page in its own language and linked to its twin, each index a course map read from the
/// course's README in that language.
/// </summary>
public sealed class BilingualHandoutTests : IDisposable
{
    private const string EnglishReadme = """
        # A tiny course

        Two lessons about neurons and charts.

        | # | lesson | what you do | exercises |
        |---|---|---|---|
        | 01 | [Neurons](01-neurons.ipynb) | one neuron with `Neuron` | a sum |
        | 02 | [Charts](02-charts.ipynb) | watch a loss fall | none |
        """;

    private const string ChineseReadme = """
        # 小课程

        关于神经元和图表的两课。

        | # | 课 | 你将动手做 | 练习 |
        |---|---|---|---|
        | 01 | [神经元](zh-CN/01-neurons.ipynb) | 用 `Neuron` 实现一个神经元 | 一次求和 |
        | 02 | [图表](zh-CN/02-charts.ipynb) | 看损失下降 | 无 |
        """;

    private readonly TempFolder _folder = new();
    private readonly string _out;

    public BilingualHandoutTests()
    {
        var course = Directory.CreateDirectory(Path.Combine(_folder.Path, "course")).FullName;
        var zh = Directory.CreateDirectory(Path.Combine(course, "zh-CN")).FullName;
        File.WriteAllText(Path.Combine(course, "README.md"), EnglishReadme);
        File.WriteAllText(Path.Combine(course, "README.zh-CN.md"), ChineseReadme);
        var sources = new List<HandoutSource>
        {
            new(Path.Combine(course, "01-neurons.ipynb"), LessonNotebooks.Intro()),
            new(Path.Combine(course, "02-charts.ipynb"), LessonNotebooks.Charts()),
            new(Path.Combine(course, "03-exercises.ipynb"), WithoutReadmeRow()),
            new(Path.Combine(zh, "01-neurons.ipynb"), Chinese("# 神经元\n\n神经元先算 $z = w \\cdot x + b$，再算 $a = \\sigma(z)$。\n\n## 求和")),
            new(Path.Combine(zh, "02-charts.ipynb"), Chinese("# 图表与数学\n\n## 训练曲线")),
        };
        _out = Path.Combine(_folder.Path, "site");
        HandoutExporter.WriteHtml(sources, _out);
    }

    public void Dispose() => _folder.Dispose();

    private static Notebook WithoutReadmeRow()
    {
        var notebook = Notebook.Create();
        notebook.Cells.Add(NotebookCell.CreateMarkdown("# Exercises\n\n**Learning goals**\n- add two numbers;\n- check the sum."));
        var check = NotebookCell.CreateCode("Check.Equal(1 + 1, 2);");
        check.Metadata["tags"] = new JsonArray("check");
        notebook.Cells.Add(check);
        return notebook;
    }

    private static Notebook Chinese(string markdown)
    {
        var notebook = Notebook.Create();
        notebook.Metadata["lang"] = "zh-CN";
        notebook.Cells.Add(NotebookCell.CreateMarkdown(markdown));
        return notebook;
    }

    private IDocument Page(string relative) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_out, relative)));

    [Fact]
    public void Each_language_is_one_edition_in_its_own_folder()
    {
        Assert.Equal(["01-neurons.html", "02-charts.html", "03-exercises.html", "index.html"],
            Directory.GetFiles(_out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["01-neurons.html", "02-charts.html", "index.html"],
            Directory.GetFiles(Path.Combine(_out, "zh-CN")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Pages_declare_their_language_and_speak_it()
    {
        var chinese = Page("zh-CN/01-neurons.html");
        Assert.Equal("zh-CN", chinese.DocumentElement.GetAttribute("lang"));
        Assert.Equal("目录", chinese.QuerySelector("nav.toc h2")!.TextContent);
        Assert.Equal("课程目录", chinese.QuerySelector("nav.lessons.top a[rel=index]")!.TextContent);
        var english = Page("01-neurons.html");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Contents", english.QuerySelector("nav.toc h2")!.TextContent);
    }

    [Fact]
    public void A_lesson_links_its_twin_and_only_where_there_is_one()
    {
        static IElement? Twin(IDocument page) => page.QuerySelector("nav.lessons.top a.language");

        var english = Twin(Page("01-neurons.html"))!;
        Assert.Equal("zh-CN/01-neurons.html", english.GetAttribute("href"));
        Assert.Equal("简体中文", english.TextContent);
        var chinese = Twin(Page("zh-CN/01-neurons.html"))!;
        Assert.Equal("../01-neurons.html", chinese.GetAttribute("href"));
        Assert.Equal("English", chinese.TextContent);
        Assert.Equal("../01-neurons.html", Page("zh-CN/01-neurons.html").QuerySelector("link[rel=alternate][hreflang=en]")!.GetAttribute("href"));
        Assert.Null(Twin(Page("03-exercises.html")));
    }

    [Fact]
    public void Each_index_is_a_course_map_from_the_readme_in_its_language()
    {
        var english = Page("index.html");
        Assert.Equal("A tiny course", english.QuerySelector("h1")!.TextContent);
        Assert.Equal("Two lessons about neurons and charts.", english.QuerySelector(".intro")!.TextContent);
        var rows = english.QuerySelectorAll("table.course-map tbody tr").ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["Neurons", "one neuron with Neuron", "a sum"], rows[0].QuerySelectorAll("td").Take(3).Select(td => td.TextContent));
        Assert.Equal("Neuron", rows[0].QuerySelector("td code")!.TextContent);
        Assert.Matches(@"^about \d+ min$", rows[0].QuerySelector("td.time")!.TextContent);
        // Lesson 03 has no README row: its first learning goal and its check cells stand in.
        Assert.Equal(["Exercises", "add two numbers", "1 checked exercise"], rows[2].QuerySelectorAll("td").Take(3).Select(td => td.TextContent));
        Assert.Equal("zh-CN/index.html", english.QuerySelector("nav.languages a")!.GetAttribute("href"));

        var chinese = Page("zh-CN/index.html");
        Assert.Equal("zh-CN", chinese.DocumentElement.GetAttribute("lang"));
        Assert.Equal("小课程", chinese.QuerySelector("h1")!.TextContent);
        Assert.Equal(["课", "你将学到", "你将动手实现", "用时"], chinese.QuerySelectorAll("table.course-map th").Select(th => th.TextContent));
        Assert.Equal("用 Neuron 实现一个神经元", chinese.QuerySelector("table.course-map tbody td:nth-child(2)")!.TextContent);
        Assert.Matches(@"^约 \d+ 分钟$", chinese.QuerySelector("td.time")!.TextContent);
        Assert.Equal("../index.html", chinese.QuerySelector("nav.languages a")!.GetAttribute("href"));
    }

    [Fact]
    public void The_kit_readme_gives_a_row_for_every_lesson()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "NotebookKit.sln")))
            root = root.Parent ?? throw new DirectoryNotFoundException("NotebookKit.sln");
        var map = CourseMap.Find(Path.Combine(root.FullName, "notebooks"), "en");
        Assert.False(string.IsNullOrEmpty(map.Title));
        Assert.All(Directory.GetFiles(Path.Combine(root.FullName, "notebooks"), "*.ipynb"),
            lesson => Assert.True(map.Rows.ContainsKey(Path.GetFileNameWithoutExtension(lesson)), $"notebooks/README.md has no course-map row for {Path.GetFileName(lesson)}"));
        var chinese = CourseMap.Find(Path.Combine(root.FullName, "notebooks", "zh-CN"), "zh-CN");
        Assert.Equal(map.Rows.Keys.Order(StringComparer.Ordinal), chinese.Rows.Keys.Order(StringComparer.Ordinal));
    }
}
