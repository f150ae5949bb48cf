namespace NotebookKit.Jupyter.Notebooks;

/// <summary>
/// A notebook file that is not valid nbformat 4. The message names the file and the place,
/// e.g. <c>lesson3.ipynb: cell 12: "outputs" must be a list</c> (cells and outputs are numbered from 1).
/// </summary>
public sealed class NotebookFormatException : Exception
{
    public NotebookFormatException(string message, Exception? inner = null) : base(message, inner) { }
}
