namespace NotebookKit.Jupyter.Notebooks;

/// <summary>
/// A notebook file that cannot be read: not valid nbformat 3 or 4, or a .dib with a malformed <c>#!meta</c> block.
/// The message names the file and the place, e.g. <c>lesson3.ipynb: cell 12: "outputs" must be a list</c> (cells
/// and outputs are numbered from 1) or <c>lesson.dib: line 3: the #!meta block (line 1) is not valid JSON: …</c>.
/// </summary>
public sealed class NotebookFormatException : Exception
{
    public NotebookFormatException(string message, Exception? inner = null) : base(message, inner) { }
}
