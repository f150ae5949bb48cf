using System.Text.RegularExpressions;
using NotebookKit.Testing;

namespace NotebookKit.Course.Tests;

/// <summary>
/// The Chinese edition as a reader gets it: the executed lessons keep their Chinese text, the handouts are
/// Chinese pages linked to their English twins, and in headless Chromium (offline) the Chinese is drawn with
/// real glyphs — not tofu boxes — and the math, Chinese inside \text{} included, is typeset.
/// </summary>
[Collection(CourseCollection.Name)]
public sealed partial class ChineseHandoutTests(CourseRunFixture course)
{
    private static string FirstLesson => Course.Translations[0];

    [Fact]
    public void Executed_chinese_lesson_keeps_its_chinese_output()
    {
        var run = course.Reference(FirstLesson);
        Assert.True(run.Executed is not null, run.Process.Describe());
        var output = string.Concat(run.Executed.Cells.Select(LessonOutputs.Text));
        Assert.Matches(Han(), output);
        Assert.DoesNotContain("??", output);
    }

    [Fact]
    public void Chinese_pages_declare_their_language_and_link_their_english_twins()
    {
        var (folder, export) = course.Handouts;
        Assert.True(export.ExitCode == 0, export.Describe());
        foreach (var lesson in Course.Translations)
        {
            var name = Path.GetFileName(lesson) + ".html";
            var chinese = File.ReadAllText(Path.Combine(folder, lesson + ".html"));
            var english = File.ReadAllText(Path.Combine(folder, name));
            Assert.Contains("<html lang=\"zh-CN\">", chinese);
            Assert.Contains($"hreflang=\"en\" href=\"../{name}\"", chinese);
            Assert.Contains("<html lang=\"en\">", english);
            Assert.Contains($"hreflang=\"zh-CN\" href=\"zh-CN/{name}\"", english);
            Assert.Contains(">目录<", chinese);
        }
    }

    [Fact]
    public void Chinese_course_map_lists_the_translated_lessons_and_links_the_english_map()
    {
        var (folder, export) = course.Handouts;
        Assert.True(export.ExitCode == 0, export.Describe());
        var index = File.ReadAllText(Path.Combine(folder, Course.Chinese, "index.html"));
        Assert.Contains("<html lang=\"zh-CN\">", index);
        Assert.Contains("hreflang=\"en\" href=\"../index.html\"", index);
        Assert.Contains("<th>你将学到</th>", index);
        Assert.All(Course.Translations, t => Assert.Contains($"href=\"{Path.GetFileName(t)}.html\"", index));
        Assert.Matches(@"约 \d+ 分钟", index);
    }

    [Fact]
    public void Chinese_handout_draws_real_glyphs_and_typesets_math_offline()
    {
        var (folder, export) = course.Handouts;
        Assert.True(export.ExitCode == 0, export.Describe());
        var dom = HeadlessChromium.DumpDom(GlyphProbe.Instrument(Path.Combine(folder, FirstLesson + ".html")));

        var verdict = GlyphProbe.Verdict(dom);
        Assert.True(verdict.StartsWith("glyphs ok", StringComparison.Ordinal), verdict);
        Assert.Contains("class=\"katex\"", dom);
        Assert.DoesNotContain("class=\"katex-error\"", dom);
        Assert.Matches(@"class=""katex""(?:(?!</math>).)*输入数", dom.Replace("\n", " "));
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
