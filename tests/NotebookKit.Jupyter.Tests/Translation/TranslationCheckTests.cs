using System.Text.Json.Nodes;
using NotebookKit.Jupyter.Notebooks;
using NotebookKit.Jupyter.Translation;

namespace NotebookKit.Jupyter.Tests.Translation;

public sealed class TranslationCheckTests
{
    private static Notebook EnglishLesson()
    {
        var notebook = Notebook.Create();
        notebook.Metadata["kernelspec"] = new JsonObject { ["name"] = "notebookkit" };
        notebook.Cells.Add(NotebookCell.CreateMarkdown("# 00 · Start here\n\nWelcome to the course, where you build a network.", "c0"));
        var solution = NotebookCell.CreateCode("// BEGIN SOLUTION (stub: double dot = 0;)\ndouble dot = 3;\n// END SOLUTION", "c1");
        solution.Metadata["tags"] = new JsonArray("solution");
        notebook.Cells.Add(solution);
        notebook.Cells.Add(NotebookCell.CreateCode("Check.Close(dot, 3.0, what: \"u · v\");", "c2"));
        return notebook;
    }

    private static Notebook ChineseLesson()
    {
        var notebook = EnglishLesson();
        notebook.Metadata["lang"] = "zh-CN";
        notebook.Cells[0].Source = "# 00 · 从这里开始\n\n欢迎来到本课程,你将亲手搭建一个神经网络。";
        var language = NotebookCell.CreateCode("// 让工具包用中文输出\nKitLanguage.Use(\"zh-CN\");", "c0-lang");
        language.Metadata["tags"] = new JsonArray("language");
        notebook.Cells.Insert(1, language);
        notebook.Cells[3].Source = "Check.Close(dot, 3.0, what: \"点积 u · v\");";
        return notebook;
    }

    [Fact]
    public void A_faithful_translation_has_no_problem() =>
        Assert.Empty(TranslationCheck.Compare(EnglishLesson(), ChineseLesson(), "zh-CN"));

    [Fact]
    public void Missing_language_cell_and_metadata_are_named()
    {
        var chinese = ChineseLesson();
        chinese.Cells.RemoveAt(1);
        chinese.Metadata.Remove("lang");
        var problems = TranslationCheck.Compare(EnglishLesson(), chinese, "zh-CN");
        Assert.Contains(problems, p => p.Contains("metadata \"lang\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("language cell", StringComparison.Ordinal));
    }

    [Fact]
    public void A_split_cell_a_changed_tag_and_changed_code_are_named()
    {
        var chinese = ChineseLesson();
        chinese.Cells[2].Metadata["tags"] = new JsonArray("check");
        chinese.Cells[3].Source = "Check.Close(dot, 3.5, what: \"点积\");";
        chinese.Cells.Add(NotebookCell.CreateMarkdown("多出来的一段。", "extra"));
        var problems = TranslationCheck.Compare(EnglishLesson(), chinese, "zh-CN");
        Assert.Contains(problems, p => p.Contains("keep one translated cell per English cell", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("tags [\"check\"]", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("3.5", StringComparison.Ordinal) && p.Contains("English cell 3", StringComparison.Ordinal));
    }

    [Fact]
    public void An_untranslated_paragraph_is_named_with_its_cell()
    {
        var chinese = ChineseLesson();
        chinese.Cells[0].Source = EnglishLesson().Cells[0].Source;
        var problem = Assert.Single(TranslationCheck.Compare(EnglishLesson(), chinese, "zh-CN"));
        Assert.StartsWith("cell 1 (English cell 1, id c0): line 3: English line", problem);
    }
}
