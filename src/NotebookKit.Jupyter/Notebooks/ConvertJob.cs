namespace NotebookKit.Jupyter.Notebooks;

/// <summary>
/// The `convert` use case: Polyglot's .dib ↔ .ipynb. C# and Markdown cells (and other languages' cells, with
/// Polyglot's language metadata) go both ways unchanged; what a .dib cannot hold (outputs, cell metadata, raw cells)
/// is named per file. Every file is converted before the first is written, so a bad input writes nothing; each
/// write is atomic, and an existing file is replaced only when <c>overwrite</c> says so.
/// </summary>
public static class ConvertJob
{
    /// <param name="paths">Notebooks, or folders standing for their files in the other format.</param>
    /// <param name="format">"ipynb" or "dib": the format to write.</param>
    /// <param name="outputDir">Where to write; null writes beside each notebook.</param>
    public static ConvertOutcome Run(IReadOnlyList<string> paths, string format, string? outputDir, bool overwrite)
    {
        var extension = format switch
        {
            "dib" => DibFormat.Extension,
            "ipynb" => NotebookFile.IpynbExtension,
            _ => throw new ArgumentException($"convert writes ipynb or dib, not '{format}'", nameof(format)),
        };
        var converted = new List<(ConvertedNotebook File, string Text)>();
        try
        {
            foreach (var path in Inputs(paths, extension))
            {
                var target = Path.Combine(outputDir ?? Path.GetDirectoryName(Path.GetFullPath(path))!, Path.GetFileNameWithoutExtension(path) + extension);
                if (!overwrite && File.Exists(target))
                    throw new IOException($"{target} already exists; pass --overwrite to replace it");
                if (converted.FirstOrDefault(c => c.File.Target == target).File is { Source: { } other })
                    throw new IOException($"{other} and {path} would both be written to {target}");
                var notebook = NotebookFile.Load(path);
                IReadOnlyList<string> notCarried = [];
                var text = extension == DibFormat.Extension ? DibFormat.Write(notebook, out notCarried) : notebook.ToJson();
                converted.Add((new ConvertedNotebook(path, target, notCarried), text));
            }
        }
        catch (Exception ex) when (ex is NotebookFormatException or FileNotFoundException or IOException)
        {
            return new ConvertOutcome(ex.Message, [], null);
        }
        var written = new List<ConvertedNotebook>();
        try
        {
            foreach (var (file, text) in converted)
            {
                AtomicFile.WriteAllText(file.Target, text);
                written.Add(file);
            }
            return new ConvertOutcome(null, written, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ConvertOutcome(null, written, ex.Message);
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
