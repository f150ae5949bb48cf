namespace NotebookKit.Jupyter.Notebooks;

/// <summary>
/// Turns the PATH... a user names (run, course, export, clear…) into notebook files: a folder means its *.ipynb and
/// *.dib, sorted by name (the lessons' reading order); a path that is neither is an error naming it.
/// </summary>
public static class NotebookPaths
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                files.AddRange(NotebookFile.Patterns.SelectMany(pattern => Directory.GetFiles(path, pattern))
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal));
            else if (File.Exists(path))
                files.Add(path);
            else
                throw new FileNotFoundException($"{path}: no such notebook or folder");
        }
        return files;
    }
}
