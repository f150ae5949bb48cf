using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Display;

namespace NotebookKit.Display.Tests;

public class MatrixFormatterTests
{
    private static readonly FormatterRegistry Registry = new();

    [Fact]
    public void A_3x4_matrix_is_3_rows_of_4_cells_with_the_exact_numbers()
    {
        var m = Matrix<double>.Build.Dense(3, 4, (i, j) => (i - 1) * 10 + j + 0.125);
        var doc = Dom.Html(Dom.Html(Registry.Format(m, sink: null)));
        var rows = doc.QuerySelectorAll("table.nbk-grid tbody tr");
        Assert.Equal(3, rows.Length);
        for (int i = 0; i < 3; i++)
        {
            var cells = rows[i].QuerySelectorAll("td");
            Assert.Equal(4, cells.Length);
            for (int j = 0; j < 4; j++)
                Assert.Equal(m[i, j], double.Parse(cells[j].GetAttribute("title")!, CultureInfo.InvariantCulture));
        }
        Assert.Contains("3×4", doc.QuerySelector("caption")!.TextContent);
    }

    [Fact]
    public void Shading_is_diverging_negative_cool_positive_warm_zero_white()
    {
        var m = Matrix<double>.Build.DenseOfArray(new double[,] { { -2, 0, 2 } });
        var cells = Dom.Html(Dom.Html(Registry.Format(m, sink: null))).QuerySelectorAll("td");
        string Fill(int j) => cells[j].GetAttribute("style")!.Split("background:")[1][..7];
        Assert.Equal("#f7f7f7", Fill(1));
        var (r0, b0) = (Convert.ToInt32(Fill(0)[1..3], 16), Convert.ToInt32(Fill(0)[5..7], 16));
        var (r2, b2) = (Convert.ToInt32(Fill(2)[1..3], 16), Convert.ToInt32(Fill(2)[5..7], 16));
        Assert.True(b0 > r0, "negative should be blue");
        Assert.True(r2 > b2, "positive should be red");
    }

    [Fact]
    public void Large_matrices_keep_the_corners_and_elide_the_middle()
    {
        var m = Matrix<float>.Build.Dense(100, 50, (i, j) => i * 1000 + j);
        var doc = Dom.Html(Dom.Html(Registry.Format(m, sink: null)));
        var rows = doc.QuerySelectorAll("tbody tr");
        Assert.Equal(21, rows.Length); // 10 + ⋮ + 10
        Assert.Single(doc.QuerySelectorAll("tr.nbk-elided"));
        var first = rows[0].QuerySelectorAll("td:not(.nbk-elided)");
        Assert.Equal(14, first.Length);
        Assert.Equal("49", rows[0].QuerySelectorAll("td").Last().GetAttribute("title"));
        Assert.Equal("99049", rows[^1].QuerySelectorAll("td").Last().GetAttribute("title"));
        Assert.Contains("100×50", doc.QuerySelector("caption")!.TextContent);
    }

    [Fact]
    public void Text_plain_is_aligned_columns_with_the_shape()
    {
        var m = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, -22.5 }, { 333, 4 } });
        var lines = Registry.Format(m, sink: null).PlainText.Split('\n');
        Assert.Equal("Matrix<double> 2×2", lines[0]);
        Assert.Equal(lines[2].Length, lines[3].Length);
        Assert.EndsWith("-22.5", lines[2]);
        Assert.EndsWith("4", lines[3]);
    }

    [Fact]
    public void A_vector_is_one_shaded_row_with_its_length()
    {
        var v = Vector<double>.Build.Dense([0.5, -1, 2]);
        var doc = Dom.Html(Dom.Html(Registry.Format(v, sink: null)));
        var cells = doc.QuerySelectorAll("tbody tr td");
        Assert.Equal(["0.5", "-1", "2"], cells.Select(c => c.GetAttribute("title")));
        Assert.Contains("(3)", doc.QuerySelector("caption")!.TextContent);
    }

    [Fact]
    public void A_2D_array_renders_as_a_grid_not_a_flat_list()
    {
        var doc = Dom.Html(Dom.Html(Registry.Format(new int[,] { { 1, 2, 3 }, { 4, 5, 6 } }, sink: null)));
        Assert.Equal(2, doc.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(6, doc.QuerySelectorAll("tbody td").Length);
    }
}
