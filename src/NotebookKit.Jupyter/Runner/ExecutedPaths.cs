using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Jupyter.Runner;

/// <summary>
/// Where `run` writes an executed notebook. Outputs need an .ipynb: `--output-dir DIR` writes `lesson.dib` as
/// `DIR/lesson.ipynb` (the .dib itself holds no outputs, so `--in-place` refuses it rather than drop them).
/// </summary>
internal static class ExecutedPaths
{
    public static string Target(string outputDir, string notebookPath) =>
        Path.Combine(outputDir, Path.GetFileNameWithoutExtension(notebookPath) + NotebookFile.IpynbExtension);

    /// <summary>Null when every executed notebook has its own place to go; else the message that says why not.</summary>
    public static string? Check(IReadOnlyList<string> paths, bool inPlace, string? outputDir)
    {
        if (inPlace && paths.FirstOrDefault(NotebookFile.IsDib) is { } dib)
            return $"{dib}: --in-place cannot keep outputs in a .dib (it holds cell text only); use --output-dir DIR to write {Path.GetFileNameWithoutExtension(dib)}.ipynb with its outputs";
        if (outputDir is null)
            return null;
        var clash = paths.GroupBy(p => Path.GetFullPath(Target(outputDir, p))).FirstOrDefault(g => g.Count() > 1);
        return clash is null ? null : $"{string.Join(" and ", clash)} would both be written to {clash.Key}; run them into different --output-dir folders";
    }
}
