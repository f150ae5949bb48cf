using System.CommandLine;
using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Cli.Commands;

/// <summary>
/// `notebookkit convert PATH... --to ipynb|dib [--output-dir DIR] [--overwrite]`: Polyglot's .dib ↔ .ipynb.
/// C# and Markdown cells (and other languages' cells, with Polyglot's language metadata) go both ways unchanged;
/// what a .dib cannot hold (outputs, cell metadata, raw cells) is named in a warning. <see cref="ConvertJob"/>
/// converts every file before the first is written and replaces an existing file only with --overwrite.
/// </summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Notebooks or folders of notebooks (*.ipynb, *.dib).", Arity = ArgumentArity.OneOrMore };
        var to = new Option<string>("--to") { Description = "ipynb or dib.", Required = true };
        to.AcceptOnlyFromAmong("ipynb", "dib");
        var outputDir = new Option<string?>("--output-dir") { Description = "Where to write (default: beside each notebook)." };
        var overwrite = new Option<bool>("--overwrite") { Description = "Replace files that already exist." };
        var command = new Command("convert", "Convert notebooks between Polyglot's .dib and Jupyter's .ipynb.");
        command.Arguments.Add(paths);
        foreach (var option in new Option[] { to, outputDir, overwrite })
            command.Options.Add(option);
        command.SetAction(parseResult => Run(parseResult.GetValue(paths) ?? [], parseResult.GetValue(to)!, parseResult.GetValue(outputDir), parseResult.GetValue(overwrite), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Converts through <see cref="ConvertJob"/> and prints what it did: 0 all written, 1 a write failed, 2 bad input.</summary>
    internal static int Run(IReadOnlyList<string> paths, string format, string? outputDir, bool overwrite, TextWriter stdout, TextWriter stderr)
    {
        var outcome = ConvertJob.Run(paths, format, outputDir, overwrite);
        if (outcome.Refusal is not null)
        {
            stderr.WriteLine($"notebookkit convert: {outcome.Refusal}");
            return 2;
        }
        foreach (var (source, target, notCarried) in outcome.Written)
        {
            stdout.WriteLine($"wrote {target}");
            if (notCarried.Count > 0)
                stderr.WriteLine($"warning: {Path.GetFileName(source)} → {Path.GetFileName(target)}: a .dib holds cell text only; not carried: {string.Join("; ", notCarried)}");
        }
        if (outcome.Failure is null)
            return 0;
        stderr.WriteLine($"notebookkit convert: {outcome.Failure}");
        return 1;
    }
}
