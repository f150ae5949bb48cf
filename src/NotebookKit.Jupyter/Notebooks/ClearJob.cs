namespace NotebookKit.Jupyter.Notebooks;

/// <summary>
/// The `clear` use case: strips outputs and execution counts in place, byte-identical to `jupyter nbconvert
/// --clear-output --inplace` (nbformat 3 files come out upgraded to 4.5, as nbconvert writes them). A .dib holds
/// no outputs and is left untouched. A malformed notebook is reported and left as it was; the others are still
/// cleared. Each write is atomic, so a notebook is never half-written.
/// </summary>
public static class ClearJob
{
    public static ClearOutcome Run(IReadOnlyList<string> paths)
    {
        IReadOnlyList<string> files;
        try
        {
            files = NotebookPaths.Expand(paths);
        }
        catch (FileNotFoundException ex)
        {
            return new ClearOutcome(ex.Message, []);
        }
        return new ClearOutcome(null, files.Select(Clear).ToList());
    }

    private static ClearedNotebook Clear(string file)
    {
        if (NotebookFile.IsDib(file))
            return new ClearedNotebook(file, LeftAlone: true, Error: null);
        try
        {
            var notebook = Notebook.Load(file);
            notebook.ClearOutputs();
            notebook.Save(file);
            return new ClearedNotebook(file, LeftAlone: false, Error: null);
        }
        catch (NotebookFormatException ex)
        {
            return new ClearedNotebook(file, LeftAlone: false, ex.Message);
        }
        catch (IOException ex)
        {
            return new ClearedNotebook(file, LeftAlone: false, $"{Path.GetFileName(file)}: cannot write: {ex.Message}");
        }
    }
}
