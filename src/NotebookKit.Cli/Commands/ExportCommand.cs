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
        var written = format == "html" ? HandoutExporter.WriteHtml(sources, folder) : HandoutExporter.WritePdf(sources, folder);
        foreach (var file in written)
            stdout.WriteLine($"wrote {file}");
    }

    /// <summary>Like nbconvert: the handout goes beside its notebook.</summary>
    internal static string DefaultOutputDir(string notebookPath) => Path.GetDirectoryName(Path.GetFullPath(notebookPath))!;
}
