using System.Text;

namespace NotebookKit.Jupyter.Notebooks;

/// <summary>
/// Notebook files by extension: <c>.ipynb</c> (nbformat 3 or 4) and <c>.dib</c> (Polyglot). The one place that
/// decides how a path is read and written, so every verb accepts both.
/// </summary>
public static class NotebookFile
{
    public const string IpynbExtension = ".ipynb";

    /// <summary>The file patterns a folder argument stands for.</summary>
    public static IReadOnlyList<string> Patterns { get; } = ["*" + IpynbExtension, "*" + DibFormat.Extension];

    public static bool IsDib(string path) => Path.GetExtension(path).Equals(DibFormat.Extension, StringComparison.OrdinalIgnoreCase);

    public static bool IsIpynb(string path) => Path.GetExtension(path).Equals(IpynbExtension, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a .dib or an .ipynb; any other extension is read as .ipynb JSON (as Jupyter does).</summary>
    /// <exception cref="NotebookFormatException">Unreadable or malformed; the message names the file and the place.</exception>
    public static Notebook Load(string path)
    {
        if (!IsDib(path))
            return Notebook.Load(path);
        string text;
        try
        {
            text = File.ReadAllText(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        }
        catch (DecoderFallbackException ex)
        {
            throw new NotebookFormatException($"{Path.GetFileName(path)}: not UTF-8 text: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new NotebookFormatException($"{Path.GetFileName(path)}: cannot read: {ex.Message}", ex);
        }
        return DibFormat.Read(text, Path.GetFileName(path));
    }

    /// <summary>The text <see cref="Save"/> writes for <paramref name="path"/>'s format.</summary>
    public static string Format(Notebook notebook, string path) => IsDib(path) ? DibFormat.Write(notebook) : notebook.ToJson();

    /// <summary>Writes in the format the extension names, atomically (temp file + rename).</summary>
    public static void Save(Notebook notebook, string path) => AtomicFile.WriteAllText(path, Format(notebook, path));
}
