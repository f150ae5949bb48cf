using System.CommandLine;
using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Cli.Commands;

/// <summary>
/// `notebookkit clear PATH...`: strips outputs and execution counts in place (<see cref="ClearJob"/>), so lessons
/// go into git clean.
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

    /// <summary>Clears through <see cref="ClearJob"/> and prints what it did: 0 all cleared, 1 a notebook failed, 2 bad path.</summary>
    internal static int Run(IReadOnlyList<string> paths, TextWriter stdout, TextWriter stderr)
    {
        var outcome = ClearJob.Run(paths);
        if (outcome.Refusal is not null)
        {
            stderr.WriteLine(outcome.Refusal);
            return 2;
        }
        foreach (var notebook in outcome.Notebooks)
        {
            if (notebook.Error is not null)
                stderr.WriteLine(notebook.Error);
            else if (notebook.LeftAlone)
                stdout.WriteLine($"{notebook.Path}: nothing to clear (a .dib holds no outputs)");
            else
                stdout.WriteLine($"cleared {notebook.Path}");
        }
        return outcome.Succeeded ? 0 : 1;
    }
}
