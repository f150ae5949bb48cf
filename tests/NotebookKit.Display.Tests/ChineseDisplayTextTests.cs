using System.Text.Json.Nodes;
using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Data;
using NotebookKit.Layers;
using NotebookKit.Training;

namespace NotebookKit.Display.Tests;

/// <summary>
/// Tests that switch the kit's language (one choice for the whole process, as in the kernel) run alone, after the
/// parallel ones, so their Chinese never lands in another test's English.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class KitLanguageCollection
{
    public const string Name = "KitLanguage";
}

/// <summary>
/// What a Chinese lesson prints through the display: metric names, table headers and captions in Chinese, while
/// the keys code uses (<c>history["loss"]</c>) stay the same and the English text stays as it was.
/// </summary>
[Collection(KitLanguageCollection.Name)]
public sealed class ChineseDisplayTextTests : IDisposable
{
    private static readonly FormatterRegistry Registry = new();

    public void Dispose() => KitLanguage.Use(KitLanguage.English);

    [Fact]
    public void History_chart_and_table_name_the_metrics_in_chinese_but_keep_the_keys()
    {
        var data = Models.Moons;
        var history = Models.TwoFiveOne().Fit(data.X, data.LabelColumn, epochs: 3, batchSize: 16, validationSplit: 0.25);
        KitLanguage.Use("zh-CN");

        var bundle = Registry.Format(history, sink: null);
        var json = (JsonObject)bundle[MimeTypes.Plotly];
        var names = json["data"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).Order().ToList();
        Assert.Equal(["准确率", "损失", "验证准确率", "验证损失"], names.Order(StringComparer.Ordinal));
        Assert.Equal("准确率", json["layout"]!["yaxis2"]!["title"]!["text"]!.GetValue<string>());
        Assert.Contains("轮次 %{x}", json["data"]![0]!["hovertemplate"]!.GetValue<string>());
        Assert.Equal(3, history["loss"].Count);   // the key is still English

        var lines = bundle.PlainText.Split('\n');
        Assert.Equal("训练历史（3 轮）", lines[0]);
        Assert.Equal(["轮次", "损失", "准确率", "验证损失", "验证准确率"], lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        // Right-aligned columns end where the numbers under them end, counting a Chinese character as two columns.
        Assert.Equal(Width(lines[2]), Width(lines[1]));
        Assert.Equal("训练历史（3 轮）：", history.ToString()[..10]);
    }

    [Fact]
    public void Live_chart_summary_names_the_metrics_in_the_kit_language()
    {
        var data = Models.Moons;
        var sink = new FakeSink();
        KitLanguage.Use("zh-CN");
        using (DisplaySession.Use(sink))
            Models.TwoFiveOne().Fit(data.X, data.LabelColumn, epochs: 2, batchSize: 16);
        var final = sink.Updates[^1].Bundle;
        Assert.Matches(@"\n损失 \d\.\d{4}, 准确率 \d\.\d{4}$", final.PlainText);
        Assert.Contains(" · 损失 ", final.PlainText.Split('\n')[0]);

        KitLanguage.Use("en");
        sink = new FakeSink();
        using (DisplaySession.Use(sink))
            Models.TwoFiveOne().Fit(data.X, data.LabelColumn, epochs: 2, batchSize: 16);
        Assert.Matches(@"\nloss \d\.\d{4}, accuracy \d\.\d{4}$", sink.Updates[^1].Bundle.PlainText);
    }

    [Fact]
    public void Layer_sequence_and_image_grid_captions_follow_the_kit_language()
    {
        var layer = new Dense(3, inputs: 2);
        var images = Matrix<float>.Build.Dense(2, 4, (i, j) => i + j);
        KitLanguage.Use("zh-CN");
        var headers = Dom.Html(Dom.Html(Registry.Format(layer, sink: null))).QuerySelectorAll("th").Select(th => th.TextContent).ToList();
        Assert.Equal(["配置", "输入形状", "输出形状", "参数量"], headers);
        var sequence = Registry.Format(new List<int> { 4, 5, 6 }, sink: null);
        Assert.EndsWith("（3 项）", sequence.PlainText.Split('\n')[0]);
        Assert.Contains("值", Dom.Html(Dom.Html(sequence)).QuerySelectorAll("th").Select(th => th.TextContent));
        var grid = Registry.Format(new ImageGrid(images, new ImageShape(1, 2, 2), [0, 1], predictions: [0, 0]), sink: null);
        Assert.StartsWith("共 2 张图像，显示 2 张", grid.PlainText);
        Assert.EndsWith("2 张中错了 1 张", grid.PlainText);

        KitLanguage.Use("en");
        headers = Dom.Html(Dom.Html(Registry.Format(layer, sink: null))).QuerySelectorAll("th").Select(th => th.TextContent).ToList();
        Assert.Equal(["Configuration", "Input shape", "Output shape", "Params"], headers);
        Assert.EndsWith("(3 items)", Registry.Format(new List<int> { 4, 5, 6 }, sink: null).PlainText.Split('\n')[0]);
        Assert.EndsWith("(1 item)", Registry.Format(new List<int> { 4 }, sink: null).PlainText.Split('\n')[0]);
        Assert.EndsWith("1 of 2 wrong", Registry.Format(new ImageGrid(images, new ImageShape(1, 2, 2), [0, 1], predictions: [0, 0]), sink: null).PlainText);
    }

    private static int Width(string line) => line.Sum(ch => ch >= '\u2E80' ? 2 : 1);
}
