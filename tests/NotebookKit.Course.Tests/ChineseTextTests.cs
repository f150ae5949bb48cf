using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Course.Tests;

/// <summary>
/// Chinese text through the real kernel and the real command, on a machine whose locale cannot encode it:
/// the kit prints in the language the notebook chose, and nothing turns into question marks.
/// </summary>
public sealed class ChineseTextTests : IDisposable
{
    private static readonly Dictionary<string, string> Latin1Locale = new() { ["LANG"] = "en_US.ISO-8859-1", ["LC_ALL"] = "en_US.ISO-8859-1" };
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("nk-zh-text-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Kit_prints_training_progress_in_the_language_the_notebook_chose()
    {
        var notebook = Notebook.Create();
        notebook.Cells.Add(NotebookCell.CreateCode("KitLanguage.Use(\"zh-CN\");", "lang"));
        notebook.Cells.Add(NotebookCell.CreateCode("""
            var model = new Sequential(new Dense(1, inputs: 1));
            model.Compile(optimizer: new SGD(0.1), loss: Loss.MeanSquaredError);
            var x = Matrix<float>.Build.Dense(4, 1, 1f);
            var history = model.Fit(x, x, epochs: 2, batchSize: 2, seed: 1);
            """, "fit"));
        // The live chart already drew this History, so the value shows as its table; its chart is asked for by name.
        notebook.Cells.Add(NotebookCell.CreateCode("history.ToFigure()", "history"));
        var path = Path.Combine(_folder.FullName, "zh.ipynb");
        notebook.Save(path);

        var run = CliProcess.Run(TimeSpan.FromMinutes(2), Latin1Locale, "run", path, "--output-dir", Path.Combine(_folder.FullName, "out"));
        Assert.True(run.ExitCode == 0, run.Describe());
        var executed = Notebook.Load(Path.Combine(_folder.FullName, "out", "zh.ipynb"));
        var progress = LessonOutputs.Text(executed.Cells[1]);
        Assert.Contains("完成：2 轮，用时", progress);
        // nbformat writes non-ASCII as is, so the chart title the kit chose is in the file as Chinese.
        Assert.Contains("训练历史（2 轮）", File.ReadAllText(Path.Combine(_folder.FullName, "out", "zh.ipynb")));
    }

    [Fact]
    public void Pdf_of_a_chinese_lesson_embeds_a_chinese_font()
    {
        var lesson = Course.Translations[0];
        var export = CliProcess.Run(TimeSpan.FromMinutes(3), "export", Course.LessonPath(lesson), "--to", "pdf", "--output-dir", _folder.FullName);
        Assert.True(export.ExitCode == 0, export.Describe());
        // Chromium embeds (a subset of) every font it drew with; tofu would need no CJK font at all.
        var pdf = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(_folder.FullName, Path.GetFileName(lesson) + ".pdf")));
        var fonts = System.Text.RegularExpressions.Regex.Matches(pdf, @"/FontName\s*/[A-Z]{6}\+([^\s/]+)").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.True(fonts.Any(f => f.Contains("CJK", StringComparison.OrdinalIgnoreCase) || f.Contains("SourceHan", StringComparison.Ordinal) || f.Contains("WenQuanYi", StringComparison.Ordinal)),
            $"no CJK font in the PDF (install fonts-noto-cjk); fonts: {string.Join(", ", fonts)}");
    }

    [Fact]
    public void A_chinese_error_reaches_the_terminal_intact_under_a_latin1_locale()
    {
        var notebook = Notebook.Create();
        notebook.Cells.Add(NotebookCell.CreateCode("throw new InvalidOperationException(\"损失函数没有定义\");", "boom"));
        var path = Path.Combine(_folder.FullName, "error.ipynb");
        notebook.Save(path);

        var run = CliProcess.Run(TimeSpan.FromMinutes(2), Latin1Locale, "run", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("损失函数没有定义", run.StdErr);
    }
}
