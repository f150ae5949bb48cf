using NotebookKit.Testing;
using NotebookKit.Cli.Commands;
using NotebookKit.Jupyter.Tests.Notebooks;

namespace NotebookKit.Jupyter.Tests.Export;

/// <summary>
/// Exports a three-lesson course once through `notebookkit export` (HTML, and PDF for one lesson) and loads
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
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        HtmlExit = ExportCommand.Run([course], "html", HtmlDir, stdout, stderr);
        PdfExit = ExportCommand.Run([Path.Combine(course, "02-charts.ipynb")], "pdf", PdfDir, stdout, stderr);
        Output = stdout.ToString() + stderr;
        _renderedDom = new(() => HeadlessChromium.DumpDom(Path.Combine(HtmlDir, "02-charts.html")));
    }

    public string HtmlDir { get; }
    public string PdfDir { get; }
    public int HtmlExit { get; }
    public int PdfExit { get; }
    public string Output { get; }

    public string Html(string name) => File.ReadAllText(Path.Combine(HtmlDir, name));

    /// <summary>The chart lesson's DOM after KaTeX and Plotly ran in Chromium (networking off).</summary>
    public string RenderedDom => _renderedDom.Value;

    public void Dispose() => _folder.Dispose();
}
