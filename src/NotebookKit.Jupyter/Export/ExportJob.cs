using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Jupyter.Export;

/// <summary>
/// The `export` use case: self-contained HTML handouts (with course index and previous/next links), or PDFs
/// printed from them by headless Chromium. Every notebook is read, and Chromium found, before the first file is
/// written. Without an output folder, each handout goes beside its notebook, as nbconvert puts it.
/// </summary>
public static class ExportJob
{
    /// <param name="format">"html" or "pdf".</param>
    public static ExportOutcome Run(IReadOnlyList<string> paths, string format, string? outputDir)
    {
        if (format is not ("html" or "pdf"))
            throw new ArgumentException($"export writes html or pdf, not '{format}'", nameof(format));
        List<HandoutSource> sources;
        try
        {
            sources = NotebookPaths.Expand(paths).Select(p => new HandoutSource(p, NotebookFile.Load(p))).ToList();
        }
        catch (Exception ex) when (ex is NotebookFormatException or FileNotFoundException)
        {
            return new ExportOutcome(ExportRefusal.InvalidInput, ex.Message, [], null);
        }
        if (format == "pdf" && PdfPrinter.FindChromium() is null)
            return new ExportOutcome(ExportRefusal.NoChromium, PdfPrinter.MissingMessage, [], null);
        var written = new List<string>();
        try
        {
            foreach (var group in sources.GroupBy(s => outputDir ?? DefaultOutputDir(s.Path)))
                written.AddRange(format == "html" ? HandoutExporter.WriteHtml(group.ToList(), group.Key) : HandoutExporter.WritePdf(group.ToList(), group.Key));
            return new ExportOutcome(ExportRefusal.None, null, written, null);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or TimeoutException or UnauthorizedAccessException)
        {
            return new ExportOutcome(ExportRefusal.None, null, written, ex.Message);
        }
    }

    /// <summary>Like nbconvert: the handout goes beside its notebook.</summary>
    private static string DefaultOutputDir(string notebookPath) => Path.GetDirectoryName(Path.GetFullPath(notebookPath))!;
}
