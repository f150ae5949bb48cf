using System.Text.RegularExpressions;

namespace NotebookKit.Course.Tests;

/// <summary>
/// Tells drawn Chinese from tofu in headless Chromium. A copy of the page gets a script that, once the fonts are
/// ready, draws each distinct Chinese character of the lesson's first heading and paragraphs in the page's own
/// font onto a canvas, and compares the pixels: a missing glyph is drawn as the same box for every character
/// and the same as an unassigned code point (U+0378), so real glyphs are all different from each other and from
/// that box. The verdict lands in an attribute of &lt;body&gt; that --dump-dom shows.
/// </summary>
internal static partial class GlyphProbe
{
    private const string Script = """
        <script>
        document.fonts.ready.then(function () {
          var main = document.querySelector('main');
          var style = getComputedStyle(main.querySelector('p') || main);
          var font = '40px ' + style.fontFamily;
          function draw(ch) {
            var canvas = document.createElement('canvas'); canvas.width = 56; canvas.height = 56;
            var g = canvas.getContext('2d'); g.font = font; g.textBaseline = 'top'; g.fillStyle = '#000'; g.fillText(ch, 4, 4);
            return canvas.toDataURL();
          }
          var text = Array.prototype.map.call(main.querySelectorAll('h1, h2, p'), function (e) { return e.textContent; }).join('');
          var chars = Array.from(new Set(text.match(/[\u4e00-\u9fff]/g) || [])).slice(0, 40);
          var blank = draw(' '), tofu = draw('\u0378'), seen = {}, bad = [];
          chars.forEach(function (ch) {
            var p = draw(ch);
            if (p === blank || p === tofu || seen[p]) bad.push(ch);
            seen[p] = true;
          });
          document.body.setAttribute('data-glyphs', chars.length < 10 ? 'too few characters: ' + chars.length
            : bad.length ? 'tofu or blank: ' + bad.join('') + ' (font ' + style.fontFamily + ')'
            : 'glyphs ok: ' + chars.length + ' distinct characters');
        });
        </script>
        """;

    /// <summary>Writes the probed copy beside the page (same folder, so it loads exactly as the page does) and returns its path.</summary>
    public static string Instrument(string page)
    {
        var html = File.ReadAllText(page);
        var probe = Path.Combine(Path.GetDirectoryName(page)!, "." + Path.GetFileNameWithoutExtension(page) + ".glyph-probe.html");
        File.WriteAllText(probe, html.Replace("</body>", Script + "</body>", StringComparison.Ordinal));
        return probe;
    }

    /// <summary>The probe's verdict from the dumped DOM ("glyphs ok: …", or what went wrong).</summary>
    public static string Verdict(string dom) =>
        Attribute().Match(dom) is { Success: true } m ? System.Net.WebUtility.HtmlDecode(m.Groups[1].Value) : "the probe did not run (no data-glyphs on <body>)";

    [GeneratedRegex(@"data-glyphs=""([^""]*)""")]
    private static partial Regex Attribute();
}
