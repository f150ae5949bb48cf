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
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new NotebookFormatException($"{Path.GetFileName(path)}: cannot read: {ex.Message}", ex);
        }
        return DibFormat.Read(DecodeUtf8(bytes, Path.GetFileName(path)), Path.GetFileName(path));
    }

    /// <summary>UTF-8 (a BOM is skipped, as Polyglot's reader skips it); invalid bytes are an error naming their line.</summary>
    private static string DecodeUtf8(byte[] bytes, string name)
    {
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            var at = Math.Clamp(start + ex.Index, start, bytes.Length);
            var line = 1 + bytes.AsSpan(start, at - start).Count((byte)'\n');
            throw new NotebookFormatException($"{name}: line {line}: not UTF-8 text (save the file as UTF-8)", ex);
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text <see cref="Save"/> writes for <paramref name="path"/>'s format.</summary>
    public static string Format(Notebook notebook, string path) => IsDib(path) ? DibFormat.Write(notebook) : notebook.ToJson();

    /// <summary>Writes in the format the extension names, atomically (temp file + rename).</summary>
    public static void Save(Notebook notebook, string path) => AtomicFile.WriteAllText(path, Format(notebook, path));
}
