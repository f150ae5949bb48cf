using NotebookKit.Testing;
using NotebookKit.Jupyter.Export;
using NotebookKit.Jupyter.Tests.Notebooks;

namespace NotebookKit.Jupyter.Tests.Export;

/// <summary>
/// Exports a three-lesson course once through <see cref="ExportJob"/> (what `notebookkit export` runs) (HTML, and PDF for one lesson) and loads
/// the chart lesson in headless Chromium once, so the slow steps are shared by all handout tests.
/// </summary>
public sealed class HandoutFixture : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly Lazy<string> _renderedDom;

    public HandoutFixture()
    {
        var course = Directory.CreateDirectory(Path.Combine(_folder.Path, "course")).FullName;
        LessonNotebooks.Intro().Save(Path.Combine(course, "01-neurons.ipynb"));
        LessonNotebooks.Charts().Save(Path.Combine(course, "02-charts.ipynb"));
        LessonNotebooks.Exercises().Save(Path.Combine(course, "03-exercises.ipynb"));
        HtmlDir = Path.Combine(_folder.Path, "html");
        PdfDir = Path.Combine(_folder.Path, "pdf");
        HtmlExport = ExportJob.Run([course], "html", HtmlDir);
        PdfExport = ExportJob.Run([Path.Combine(course, "02-charts.ipynb")], "pdf", PdfDir);
        _renderedDom = new(() => HeadlessChromium.DumpDom(Path.Combine(HtmlDir, "02-charts.html")));
    }

    public string HtmlDir { get; }
    public string PdfDir { get; }
    public ExportOutcome HtmlExport { get; }
    public ExportOutcome PdfExport { get; }

    public string Html(string name) => File.ReadAllText(Path.Combine(HtmlDir, name));

    /// <summary>The chart lesson's DOM after KaTeX and Plotly ran in Chromium (networking off).</summary>
    public string RenderedDom => _renderedDom.Value;

    public void Dispose() => _folder.Dispose();
}
