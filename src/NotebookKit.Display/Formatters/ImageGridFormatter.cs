using System.Text;
using NotebookKit.Localization;

namespace NotebookKit.Display.Formatters;

/// <summary>An <see cref="ImageGrid"/>: small PNG pictures (inline data URIs) captioned with label and prediction.</summary>
internal sealed class ImageGridFormatter : ObjectFormatter<ImageGrid>
{
    protected override MimeBundle Format(ImageGrid value, FormatContext context) => Render(value);

    internal static MimeBundle Render(ImageGrid grid)
    {
        // Every picture is drawn about 84 px wide whatever its pixel count (an 8×8 digit at 10×, a 3×3 kernel at
        // 28×), and its caption may wrap under it: "7 ✗ (9)" must stay readable under the smallest image.
        int pixels = Math.Max(grid.Shape.Height, grid.Shape.Width);
        int size = Math.Max(1, 84 / pixels) * pixels;
        var html = new StringBuilder($"<div class=\"nbk-images\" style=\"font-family:sans-serif;font-size:11px\">");
        html.Append($"<div style=\"color:#555;margin:2px 0\">{Html.Encode(grid.Title)}</div>");
        html.Append("<div style=\"display:flex;flex-wrap:wrap;gap:6px\">");
        var text = new StringBuilder(grid.Title).Append('\n');
        int wrong = 0;
        for (int k = 0; k < grid.Count; k++)
        {
            int row = grid.Start + k;
            string label = grid.Name(grid.Labels[row]);
            string caption = label;
            bool miss = false;
            if (grid.Predictions is { } p)
            {
                miss = p[row] != grid.Labels[row];
                if (miss) wrong++;
                caption = miss ? $"{grid.Name(p[row])} ✗ ({label})" : $"{label} ✓";
            }
            string png = Convert.ToBase64String(grid.Png(row));
            html.Append($"<figure class=\"nbk-image{(miss ? " wrong" : "")}\" style=\"margin:0;width:{Math.Max(size + 4, 64)}px;text-align:center\">")
                .Append($"<img src=\"data:image/png;base64,{png}\" width=\"{size}\" height=\"{size}\" alt=\"{Html.Encode(label)}\" style=\"image-rendering:pixelated;border:1px solid {(miss ? "#b2182b" : "#ddd")}\"/>")
                .Append($"<figcaption style=\"color:{(miss ? "#b2182b" : "#333")};overflow-wrap:anywhere;line-height:1.25\" title=\"{Html.Encode(caption)}\">{Html.Encode(caption)}</figcaption></figure>");
            text.Append(k == 0 ? "" : ", ").Append(caption);
        }
        html.Append("</div></div>");
        if (grid.Predictions is not null) text.Append('\n').Append(KitText.Format("ImageGrid_Wrong", wrong, grid.Count));
        return new MimeBundle(text.ToString()).With(MimeTypes.Html, html.ToString());
    }
}
