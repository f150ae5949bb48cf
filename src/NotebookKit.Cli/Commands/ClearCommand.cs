using System.CommandLine;
using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Cli.Commands;

/// <summary>
/// `notebookkit clear PATH...`: strips outputs and execution counts in place, byte-identical to
/// `jupyter nbconvert --clear-output --inplace` (nbformat 3 files come out upgraded to 4.5, as nbconvert writes
/// them), so lessons go into git clean. A .dib has no outputs and is left as it is.
/// </summary>
internal static class ClearCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Notebooks or folders of notebooks (*.ipynb, *.dib).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("clear", "Remove outputs and execution counts from notebooks, in place.");
        command.Arguments.Add(paths);
        command.SetAction(parseResult => Run(parseResult.GetValue(paths) ?? [], Console.Out, Console.Error));
        return command;
    }

    internal static int Run(IReadOnlyList<string> paths, TextWriter stdout, TextWriter stderr)
    {
        IReadOnlyList<string> files;
        try
        {
            files = NotebookPaths.Expand(paths);
        }
        catch (FileNotFoundException ex)
        {
            stderr.WriteLine(ex.Message);
            return 2;
        }
        var failed = 0;
        foreach (var file in files)
        {
            if (NotebookFile.IsDib(file))
            {
                // A .dib holds cell text only: there is nothing to clear, so the file is left untouched.
                stdout.WriteLine($"{file}: nothing to clear (a .dib holds no outputs)");
                continue;
            }
            try
            {
                var notebook = Notebook.Load(file);
                notebook.ClearOutputs();
                notebook.Save(file);
                stdout.WriteLine($"cleared {file}");
            }
            catch (NotebookFormatException ex)
            {
                stderr.WriteLine(ex.Message);
                failed++;
            }
            catch (IOException ex)
            {
                stderr.WriteLine($"{Path.GetFileName(file)}: cannot write: {ex.Message}");
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
