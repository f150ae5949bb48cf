using System.CommandLine;
using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Cli.Commands;

/// <summary>
/// `notebookkit convert PATH... --to ipynb|dib [--output-dir DIR] [--overwrite]`: Polyglot's .dib ↔ .ipynb.
/// C# and Markdown cells (and other languages' cells, with Polyglot's language metadata) go both ways unchanged;
/// what a .dib cannot hold (outputs, cell metadata, raw cells) is named in a warning. Every file is converted
/// before the first is written, each write is atomic, and an existing file is replaced only with --overwrite.
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

    internal static int Run(IReadOnlyList<string> paths, string format, string? outputDir, bool overwrite, TextWriter stdout, TextWriter stderr)
    {
        var extension = format == "dib" ? DibFormat.Extension : NotebookFile.IpynbExtension;
        var converted = new List<(string Source, string Target, string Text, IReadOnlyList<string> NotCarried)>();
        try
        {
            foreach (var path in Inputs(paths, extension))
            {
                var target = Path.Combine(outputDir ?? Path.GetDirectoryName(Path.GetFullPath(path))!, Path.GetFileNameWithoutExtension(path) + extension);
                if (!overwrite && File.Exists(target))
                    throw new IOException($"{target} already exists; pass --overwrite to replace it");
                if (converted.FirstOrDefault(c => c.Target == target) is { Source: { } other })
                    throw new IOException($"{other} and {path} would both be written to {target}");
                var notebook = NotebookFile.Load(path);
                IReadOnlyList<string> notCarried = [];
                var text = format == "dib" ? DibFormat.Write(notebook, out notCarried) : notebook.ToJson();
                converted.Add((path, target, text, notCarried));
            }
        }
        catch (Exception ex) when (ex is NotebookFormatException or FileNotFoundException or IOException)
        {
            stderr.WriteLine($"notebookkit convert: {ex.Message}");
            return 2;
        }
        try
        {
            foreach (var (source, target, text, notCarried) in converted)
            {
                AtomicFile.WriteAllText(target, text);
                stdout.WriteLine($"wrote {target}");
                if (notCarried.Count > 0)
                    stderr.WriteLine($"warning: {Path.GetFileName(source)} → {Path.GetFileName(target)}: a .dib holds cell text only; not carried: {string.Join("; ", notCarried)}");
            }
            return 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"notebookkit convert: {ex.Message}");
            return 1;
        }
    }

    /// <summary>Named files must be in the other format; a folder stands for its files in the other format.</summary>
    private static IEnumerable<string> Inputs(IReadOnlyList<string> paths, string extension)
    {
        foreach (var path in paths)
        {
            var files = NotebookPaths.Expand([path]);
            if (!Directory.Exists(path) && Path.GetExtension(path).Equals(extension, StringComparison.OrdinalIgnoreCase))
                throw new IOException($"{path} is already a {extension} file");
            foreach (var file in files.Where(f => !Path.GetExtension(f).Equals(extension, StringComparison.OrdinalIgnoreCase)))
                yield return file;
        }
    }
}
