using System.Text.Json.Nodes;
using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Data;
using NotebookKit.Display;
using NotebookKit.Training;

namespace NotebookKit.Display.Tests;

public class DataFormatterTests
{
    private static readonly FormatterRegistry Registry = new();

    /// <summary>Four 3×2 grey images whose pixel k of image i is i·10 + k, labelled 0,1,0,1.</summary>
    private static Dataset TinyImages() => new("tiny", Matrix<float>.Build.Dense(4, 6, (i, k) => i * 10 + k), [0, 1, 0, 1], ["cat", "dog"], new ImageShape(1, 3, 2));

    [Fact]
    public void An_image_dataset_is_a_grid_of_png_images_with_their_labels()
    {
        var doc = Dom.Html(Dom.Html(Registry.Format(TinyImages(), sink: null)));
        var figures = doc.QuerySelectorAll("figure.nbk-image");
        Assert.Equal(4, figures.Length);
        Assert.Equal(["cat", "dog", "cat", "dog"], figures.Select(f => f.QuerySelector("figcaption")!.TextContent));
        foreach (var img in doc.QuerySelectorAll("img"))
        {
            string src = img.GetAttribute("src")!;
            Assert.StartsWith("data:image/png;base64,", src);
            var png = Convert.FromBase64String(src["data:image/png;base64,".Length..]);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
            Assert.Equal(2, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16))); // width
            Assert.Equal(3, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))); // height
        }
    }

    [Fact]
    public void Png_pixels_follow_the_image_values_row_by_row()
    {
        var grid = new ImageGrid(TinyImages());
        byte[] png = grid.Png(1);
        // Decode the single IDAT chunk: filter byte 0 then width bytes per row.
        int idat = IndexOf(png, "IDAT"u8.ToArray());
        int length = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(idat - 4));
        using var z = new System.IO.Compression.ZLibStream(new MemoryStream(png, idat + 4, length), System.IO.Compression.CompressionMode.Decompress);
        var raw = new MemoryStream();
        z.CopyTo(raw);
        Assert.Equal([0, 0, 51, 0, 102, 153, 0, 204, 255], raw.ToArray());
    }

    private static int IndexOf(byte[] data, byte[] what)
    {
        for (int i = 0; i + what.Length <= data.Length; i++)
            if (data.AsSpan(i, what.Length).SequenceEqual(what)) return i;
        return -1;
    }

    [Fact]
    public void Predictions_are_shown_and_wrong_ones_marked()
    {
        var bundle = Registry.Format(new ImageGrid(TinyImages(), predictions: [0, 0, 0, 1]), sink: null);
        var doc = Dom.Html(Dom.Html(bundle));
        var wrong = Assert.Single(doc.QuerySelectorAll("figure.wrong"));
        Assert.Equal("cat ✗ (dog)", wrong.QuerySelector("figcaption")!.TextContent);
        Assert.EndsWith("1 of 4 wrong", bundle.PlainText);
    }

    [Fact]
    public void Bad_image_shapes_are_named()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ImageGrid(Matrix<float>.Build.Dense(2, 5), new ImageShape(1, 2, 2), [0, 1]));
        Assert.Contains("holds 4 values but each row of X has 5", ex.Message);
    }

    [Fact]
    public void A_2D_dataset_is_a_scatter_plot_by_class()
    {
        var data = Models.Moons;
        var json = (JsonObject)Registry.Format(data, sink: null)[MimeTypes.Plotly];
        var traces = json["data"]!.AsArray();
        Assert.Equal(data.ClassCount, traces.Count);
        Assert.Equal(data.Count, traces.Sum(t => t!["x"]!.AsArray().Count));
    }

    [Fact]
    public void A_confusion_matrix_is_a_labelled_heatmap()
    {
        var predictions = Matrix<double>.Build.DenseOfArray(new double[,] { { 0.9, 0.1 }, { 0.2, 0.8 }, { 0.6, 0.4 }, { 0.3, 0.7 }, { 0.1, 0.9 } });
        var targets = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 0 }, { 0, 1 }, { 0, 1 }, { 0, 1 }, { 1, 0 } });
        var cm = ConfusionMatrix.Compute(predictions, targets, ["cat", "dog"]);
        var doc = Dom.Html(Dom.Html(Registry.Format(cm, sink: null)));
        Assert.Equal(["cat", "dog"], doc.QuerySelectorAll("tbody th").Select(h => h.TextContent));
        Assert.Contains("predicted", doc.QuerySelector("thead")!.TextContent);
        var cells = doc.QuerySelectorAll("tbody td").Select(c => c.TextContent).ToArray();
        Assert.Equal([cm[0, 0], cm[0, 1], cm[1, 0], cm[1, 1]], cells.Select(int.Parse));
        Assert.Equal(["1", "1", "1", "2"], cells);
        Assert.Contains("accuracy 0.6", doc.QuerySelector("caption")!.TextContent);
        Assert.Contains("true dog, predicted dog: 2 (66.7% of dog)", doc.QuerySelectorAll("tbody td")[3].GetAttribute("title"));
    }
}
