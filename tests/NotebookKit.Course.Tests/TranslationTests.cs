using NotebookKit.Jupyter.Notebooks;
using NotebookKit.Jupyter.Translation;

namespace NotebookKit.Course.Tests;

/// <summary>
/// Every translated lesson (notebooks/zh-CN) is its English lesson in Chinese: the same code (only string
/// literals and comments differ), the same cells one for one plus the language cell, the same skeleton, and
/// prose that is Chinese.
/// </summary>
public class TranslationTests
{
    [Theory]
    [MemberData(nameof(Course.TranslationData), MemberType = typeof(Course))]
    public void Translation_keeps_the_english_code_and_cells_and_its_prose_is_chinese(string lesson)
    {
        var english = Notebook.Load(Course.LessonPath(Course.EnglishOf(lesson)));
        var translated = Notebook.Load(Course.LessonPath(lesson));
        var problems = TranslationCheck.Compare(english, translated, Course.Chinese);
        Assert.True(problems.Count == 0, $"{lesson} drifted from {Course.EnglishOf(lesson)}:\n" + string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Course.TranslationData), MemberType = typeof(Course))]
    public void Translation_is_committed_clean_and_follows_the_skeleton(string lesson)
    {
        var text = File.ReadAllText(Course.LessonPath(lesson));
        var notebook = Notebook.Parse(text, lesson);
        Assert.Equal(text, notebook.ToJson());
        Assert.All(notebook.Cells.Where(c => c.IsCode), cell => Assert.Empty(cell.Outputs));
        Assert.Contains(Course.EnglishOf(lesson), Course.Lessons);

        var markdown = string.Join("\n", notebook.Cells.Where(c => c.CellType == NotebookCell.Markdown).Select(c => c.Source));
        Assert.StartsWith("# " + Course.EnglishOf(lesson)[..2] + " · ", notebook.Cells[0].Source);
        foreach (var part in new[] { "**学习目标**", "## 小结", "## 练习" })
            Assert.Contains(part, markdown);
    }

    [Fact]
    public void The_chinese_edition_is_there_and_translates_lessons_of_the_course()
    {
        Assert.NotEmpty(Course.Translations);
        Assert.All(Course.Translations, t => Assert.Contains(Course.EnglishOf(t), Course.Lessons));
    }
}
