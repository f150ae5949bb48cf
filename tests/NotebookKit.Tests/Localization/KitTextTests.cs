using System.Globalization;
using System.Text.RegularExpressions;
using NotebookKit.Localization;

namespace NotebookKit.Tests.Localization;

/// <summary>
/// The kit's printed text in every language: tables complete and consistent, Chinese really Chinese, and the
/// language switch working in this process, which runs (like the kernel) under InvariantGlobalization.
/// </summary>
[Collection(KitLanguageCollection.Name)]
public sealed partial class KitTextTests : IDisposable
{
    public void Dispose() => KitLanguage.Reset();

    [Fact]
    public void Every_translation_has_every_english_key_with_the_same_placeholders()
    {
        var english = KitText.Keys(KitLanguage.English);
        Assert.NotEmpty(english);
        foreach (var language in KitLanguage.Supported.Where(l => l != KitLanguage.English))
        {
            Assert.Equal(english.Order(StringComparer.Ordinal), KitText.Keys(language).Order(StringComparer.Ordinal));
            foreach (var key in english)
                Assert.True(Placeholders(KitText.Get(key, KitLanguage.English)).SetEquals(Placeholders(KitText.Get(key, language))),
                    $"{language} '{key}': placeholders differ from English ('{KitText.Get(key, KitLanguage.English)}' vs '{KitText.Get(key, language)}')");
        }
    }

    [Fact]
    public void Every_chinese_string_is_written_in_chinese()
    {
        foreach (var key in KitText.Keys(KitLanguage.SimplifiedChinese))
            Assert.True(Cjk().IsMatch(KitText.Get(key, KitLanguage.SimplifiedChinese)), $"zh-CN '{key}' has no Chinese character or punctuation: {KitText.Get(key, KitLanguage.SimplifiedChinese)}");
    }

    [Fact]
    public void Chinese_text_survives_invariant_globalization()
    {
        // The premise: this process cannot create a zh-CN culture, as in the kernel.
        Assert.Equal("", CultureInfo.CurrentUICulture.Name);
        Assert.Throws<CultureNotFoundException>(() => new CultureInfo("zh-CN"));

        KitLanguage.Use("zh-CN");
        Assert.Equal(KitLanguage.SimplifiedChinese, KitLanguage.Current);
        Assert.Equal("第 3/10 轮 · 批量 45/100", KitText.Format("Training_Progress", 3, 10, 45, 100));
        Assert.Equal("混淆矩阵：200 个样本，准确率 0.5", KitText.Format("ConfusionMatrix_Caption", 200, 0.5));

        KitLanguage.Use("en");
        Assert.Equal("Epoch 3/10 · batch 45/100", KitText.Format("Training_Progress", 3, 10, 45, 100));
    }

    [Fact]
    public void An_untranslated_language_is_refused_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => KitLanguage.Use("fr"));
        Assert.Contains("'fr'", error.Message);
        Assert.Contains("zh-CN", error.Message);
    }

    [Theory]
    [InlineData("zh-CN", "zh-CN")]
    [InlineData("zh_CN.UTF-8", "zh-CN")]
    [InlineData("zh-Hans", "zh-CN")]
    [InlineData("ZH", "zh-CN")]
    [InlineData("en-US", "en")]
    [InlineData("zh-TW", null)]
    [InlineData("zh-Hant-HK", null)]
    [InlineData("de-DE", null)]
    [InlineData("", null)]
    public void Language_tags_map_onto_the_supported_languages(string tag, string? expected) =>
        Assert.Equal(expected, KitLanguage.Normalize(tag));

    [Fact]
    public void Every_key_the_kit_uses_is_in_the_english_table()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src"), "*.cs", SearchOption.AllDirectories);
        var used = sources.SelectMany(file => KeyUse().Matches(File.ReadAllText(file)).Select(m => (file, key: m.Groups["key"].Value))).ToList();
        Assert.NotEmpty(used);
        var english = KitText.Keys(KitLanguage.English).ToHashSet();
        Assert.All(used, u => Assert.True(english.Contains(u.key), $"{Path.GetFileName(u.file)} uses KitText key '{u.key}', which KitText.resx lacks"));
    }

    [Fact]
    public void Every_key_in_the_tables_is_used_by_the_kit()
    {
        // A key no code names is text no learner sees: usually a message whose code was reworded without its tables.
        var sources = string.Join("\n", Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText));
        var unused = KitText.Keys(KitLanguage.English).Where(key => !sources.Contains($"\"{key}\"", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.True(unused.Count == 0, $"KitText.resx keys no source file names: {string.Join(", ", unused)}");
    }

    [Fact]
    public void Check_messages_follow_the_lesson_language()
    {
        KitLanguage.Use("zh-CN");
        Assert.Equal("✗ 损失：偏大。提示：先平方。", NotebookKit.Exercises.Check.Close(2.0, 1.0, hint: "先平方", what: "损失").Message);
        KitLanguage.Use("en");
        Assert.Equal("✗ loss: is too large. Hint: square first", NotebookKit.Exercises.Check.Close(2.0, 1.0, hint: "square first", what: "loss").Message);
    }

    [Fact]
    public void Model_summary_is_printed_in_the_kit_language_with_its_columns_aligned()
    {
        var model = new NotebookKit.Training.Sequential(new NotebookKit.Layers.Dense(5, inputs: 2), new NotebookKit.Layers.Dense(1));
        KitLanguage.Use("zh-CN");
        var lines = model.Summary().Split('\n');
        Assert.Equal("Sequential（输入 2）", lines[0]);
        Assert.StartsWith("层", lines[1]);
        Assert.Equal("参数总数：21", lines[^1]);
        // Each Chinese header character takes two columns: the layer names start where the header's second column does.
        var configuration = lines[1].IndexOf("配置", StringComparison.Ordinal);
        Assert.Equal(lines[2].IndexOf("Dense(", StringComparison.Ordinal), configuration + lines[1][..configuration].Count(c => c >= '\u4E00'));

        KitLanguage.Use("en");
        var english = model.Summary();
        Assert.StartsWith("Sequential (input 2)", english);
        Assert.EndsWith("Total params: 21", english);
    }

    [Fact]
    public void Metric_names_are_translated_for_display_and_unknown_keys_print_as_they_are()
    {
        KitLanguage.Use("zh-CN");
        Assert.Equal("损失", MetricNames.Display("loss"));
        Assert.Equal("验证准确率", MetricNames.Display("val_accuracy"));
        Assert.Equal("val_f1", MetricNames.Display("val_f1"));
        var evaluation = new NotebookKit.Training.EvaluationResult(new() { ["loss"] = 0.5, ["accuracy"] = 0.75 });
        Assert.Equal("损失 0.5, 准确率 0.75", evaluation.ToString());
        var console = new StringWriter();
        var progress = new NotebookKit.Training.ConsoleProgress(console);
        progress.OnTrainBegin(null!, 10, 1);
        progress.OnEpochEnd(2, new Dictionary<string, double> { ["loss"] = 0.312, ["val_accuracy"] = 0.891 });
        Assert.Equal("第 3/10 轮：损失 0.3120, 验证准确率 0.8910", console.ToString().TrimEnd());
        KitLanguage.Use("en");
        Assert.Equal("loss 0.5, accuracy 0.75", evaluation.ToString());
        Assert.Equal(["loss", "accuracy", "mae", "val_loss", "val_accuracy", "f1"], new[] { "loss", "accuracy", "mae", "val_loss", "val_accuracy", "f1" }.Select(MetricNames.Display));
    }

    [Fact]
    public void Gradient_check_report_is_printed_in_the_kit_language()
    {
        var result = new NotebookKit.GradientChecking.GradientCheckResult(3.2e-10, "Dense #1 W[1,1]", 0.25, 0.2500001, 9);
        KitLanguage.Use("zh-CN");
        Assert.Equal("最大相对误差 3.2e-10，位于 Dense #1 W[1,1]（解析梯度 0.25，数值梯度 0.25）；共检查 9 个值", result.ToString());
        KitLanguage.Use("en");
        Assert.Equal("max relative error 3.2e-10 at Dense #1 W[1,1] (analytic 0.25, numeric 0.25); 9 values checked", result.ToString());
    }

    [Fact]
    public void Dataset_summary_is_printed_in_the_kit_language()
    {
        var data = new NotebookKit.Data.Dataset("XOR", MathNet.Numerics.LinearAlgebra.Matrix<float>.Build.Dense(4, 2), [0, 1, 1, 0], ["0", "1"]);
        KitLanguage.Use("zh-CN");
        Assert.Equal("XOR：4 个样本 × 2 个特征，2 个类别", data.ToString());
        KitLanguage.Use("en");
        Assert.Equal("XOR: 4 samples × 2 features, 2 classes", data.ToString());
    }

    [Fact]
    public void Confusion_matrix_text_keeps_its_columns_under_a_chinese_corner()
    {
        var build = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build;
        var matrix = NotebookKit.Training.ConfusionMatrix.Compute(build.DenseOfArray(new double[,] { { 0.9, 0.1 }, { 0.2, 0.8 }, { 0.7, 0.3 } }),
            build.DenseOfArray(new double[,] { { 1, 0 }, { 0, 1 }, { 0, 1 } }));
        KitLanguage.Use("zh-CN");
        var lines = matrix.ToString().Split(Environment.NewLine);
        Assert.Equal(["真实\\预测  0 1", "0          1 0", "1          1 1"], lines);
        KitLanguage.Use("en");
        Assert.Equal(["true\\pred  0 1", "0          1 0", "1          1 1"], matrix.ToString().Split(Environment.NewLine));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NotebookKit.sln")))
                return dir.FullName;
        throw new DirectoryNotFoundException($"No NotebookKit.sln above {AppContext.BaseDirectory}");
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    // Han characters, or Chinese punctuation alone for a pure format string such as "{0}：{1}。".
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}]")]
    private static partial Regex Cjk();

    [GeneratedRegex(@"KitText\.(Get|Format)\(""(?<key>[A-Za-z0-9_]+)""")]
    private static partial Regex KeyUse();
}
