using System.CommandLine;
using NotebookKit.Jupyter.Export;
using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Cli.Commands;

/// <summary>
/// `notebookkit export PATH... --to html|pdf [--output-dir DIR]`: self-contained HTML handouts (with course
/// index and previous/next links), or PDFs printed from them by headless Chromium.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Notebooks or folders of notebooks (*.ipynb, *.dib).", Arity = ArgumentArity.OneOrMore };
        var to = new Option<string>("--to") { Description = "html or pdf.", Required = true };
        to.AcceptOnlyFromAmong("html", "pdf");
        var outputDir = new Option<string?>("--output-dir") { Description = "Where to write the handouts (default: each notebook's own folder)." };
        var command = new Command("export", "Write notebooks as self-contained HTML handouts or PDFs.");
        command.Arguments.Add(paths);
        command.Options.Add(to);
        command.Options.Add(outputDir);
        command.SetAction(parseResult => Run(parseResult.GetValue(paths) ?? [], parseResult.GetValue(to)!, parseResult.GetValue(outputDir), Console.Out, Console.Error));
        return command;
    }

    internal static int Run(IReadOnlyList<string> paths, string format, string? outputDir, TextWriter stdout, TextWriter stderr)
    {
        List<HandoutSource> sources;
        try
        {
            sources = NotebookPaths.Expand(paths).Select(p => new HandoutSource(p, NotebookFile.Load(p))).ToList();
        }
        catch (Exception ex) when (ex is NotebookFormatException or FileNotFoundException)
        {
            stderr.WriteLine(ex.Message);
            return 2;
        }
        if (format == "pdf" && PdfPrinter.FindChromium() is null)
        {
            stderr.WriteLine(PdfPrinter.MissingMessage);
            return 3;
        }
        try
        {
            foreach (var group in sources.GroupBy(s => outputDir ?? DefaultOutputDir(s.Path)))
                Write(group.ToList(), group.Key, format, stdout);
            return 0;
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or TimeoutException or UnauthorizedAccessException)
        {
            stderr.WriteLine(ex.Message);
            return 1;
        }
    }

    private static void Write(List<HandoutSource> sources, string folder, string format, TextWriter stdout)
    {
        if (format == "html")
        {
            foreach (var page in HandoutExporter.WriteHtml(sources, folder))
                stdout.WriteLine($"wrote {page}");
            return;
        }
        // PDFs are printed from HTML pages written to a temp folder, so only the PDFs land in the output.
        var temp = Directory.CreateTempSubdirectory("nbkit-export-");
        try
        {
            var pages = HandoutExporter.WriteHtml(sources, temp.FullName);
            // A translation's pages sit in a sub-folder (zh-CN/); its PDFs go to the same sub-folder.
            var jobs = pages.Select(p => (p, Path.Combine(folder, Path.ChangeExtension(Path.GetRelativePath(temp.FullName, p), ".pdf")))).ToList();
            PdfPrinter.Print(jobs);
            foreach (var (_, pdf) in jobs)
                stdout.WriteLine($"wrote {pdf}");
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    /// <summary>Like nbconvert: the handout goes beside its notebook.</summary>
    internal static string DefaultOutputDir(string notebookPath) => Path.GetDirectoryName(Path.GetFullPath(notebookPath))!;
}
