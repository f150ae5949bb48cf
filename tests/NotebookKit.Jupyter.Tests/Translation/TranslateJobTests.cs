using NotebookKit.Jupyter.Notebooks;
using NotebookKit.Jupyter.Tests.Notebooks;
using NotebookKit.Jupyter.Translation;

namespace NotebookKit.Jupyter.Tests.Translation;

/// <summary>The `translate start` and `translate check` use cases, on lesson files in a temp course folder.</summary>
public sealed class TranslateJobTests
{
    private static string WriteEnglishLesson(TempFolder temp)
    {
        var notebook = Notebook.Create();
        notebook.Cells.Add(NotebookCell.CreateMarkdown("# 01 · Neurons\n\nA neuron adds its weighted inputs and squashes the sum.", "c0"));
        notebook.Cells.Add(NotebookCell.CreateCode("var z = 0.5 * 2 + 1;\nz", "c1"));
        var path = temp.File("01-neurons.ipynb");
        notebook.Save(path);
        return path;
    }

    [Fact]
    public void Start_writes_the_scaffold_beside_the_lesson_and_never_replaces_a_translation_unasked()
    {
        using var temp = new TempFolder();
        var english = WriteEnglishLesson(temp);
        var target = temp.File("zh-CN/01-neurons.ipynb");

        var first = TranslateStartJob.Run([temp.Path], "zh-cn", force: false);
        var scaffold = Notebook.Load(target);
        File.WriteAllText(target, "translator's work");
        var again = TranslateStartJob.Run([english], "zh-CN", force: false);
        var kept = File.ReadAllText(target);
        var forced = TranslateStartJob.Run([english], "zh-CN", force: true);

        Assert.Equal([target], first.Written);
        Assert.True(first.Succeeded);
        Assert.Equal("zh-CN", LessonLanguage.Of(scaffold));
        Assert.Contains(scaffold.Cells, LessonLanguage.IsLanguageCell);
        Assert.Equal($"{target} exists; not replaced (--force replaces it).", again.Failure);
        Assert.Empty(again.Written);
        Assert.Equal("translator's work", kept);
        Assert.Equal([target], forced.Written);
        Assert.Equal("zh-CN", LessonLanguage.Of(Notebook.Load(target)));
    }

    [Fact]
    public void Start_refuses_a_language_the_kit_does_not_speak_and_writes_nothing()
    {
        using var temp = new TempFolder();
        WriteEnglishLesson(temp);

        var outcome = TranslateStartJob.Run([temp.Path], "fr", force: false);

        Assert.StartsWith("the kit is not translated into 'fr'; choose one of: zh-CN", outcome.Refusal);
        Assert.False(Directory.Exists(temp.File("fr")));
        Assert.False(Directory.Exists(temp.File("zh-CN")));
    }

    [Fact]
    public void Check_lists_the_drift_of_each_translation_and_names_a_lesson_without_its_english_twin()
    {
        using var temp = new TempFolder();
        WriteEnglishLesson(temp);
        TranslateStartJob.Run([temp.Path], "zh-CN", force: false);
        File.Copy(temp.File("zh-CN/01-neurons.ipynb"), temp.File("zh-CN/02-orphan.ipynb"));

        var outcome = TranslateCheckJob.Run([temp.File("zh-CN")]);

        Assert.Null(outcome.Failure);
        Assert.False(outcome.Succeeded);
        Assert.Equal([temp.File("zh-CN/01-neurons.ipynb"), temp.File("zh-CN/02-orphan.ipynb")], outcome.Lessons.Select(l => l.Path));
        // The scaffold's prose is still English: the check says so.
        Assert.True(outcome.Lessons[0].EnglishFound);
        Assert.NotEmpty(outcome.Lessons[0].Problems);
        Assert.False(outcome.Lessons[1].EnglishFound);
        Assert.Equal(temp.File("02-orphan.ipynb"), outcome.Lessons[1].EnglishPath);
    }

    [Fact]
    public void Check_stops_at_a_malformed_translation_and_says_which()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("zh-CN"));
        File.WriteAllText(temp.File("zh-CN/01-broken.ipynb"), "{ not json");

        var outcome = TranslateCheckJob.Run([temp.File("zh-CN")]);

        Assert.Contains("01-broken.ipynb", outcome.Failure);
        Assert.Empty(outcome.Lessons);
    }
}
