using System.CommandLine;
using NotebookKit.Jupyter.Export;

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

    /// <summary>Exports through <see cref="ExportJob"/> and prints what it wrote: 0 done, 1 a write failed, 2 bad input, 3 no Chromium for PDF.</summary>
    internal static int Run(IReadOnlyList<string> paths, string format, string? outputDir, TextWriter stdout, TextWriter stderr)
    {
        var outcome = ExportJob.Run(paths, format, outputDir);
        if (outcome.Refusal != ExportRefusal.None)
        {
            stderr.WriteLine(outcome.RefusalMessage);
            return outcome.Refusal == ExportRefusal.NoChromium ? 3 : 2;
        }
        foreach (var file in outcome.Written)
            stdout.WriteLine($"wrote {file}");
        if (outcome.Failure is null)
            return 0;
        stderr.WriteLine(outcome.Failure);
        return 1;
    }
}
