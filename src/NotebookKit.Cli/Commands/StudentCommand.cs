using System.CommandLine;
using NotebookKit.Jupyter.Notebooks;
using NotebookKit.Jupyter.Student;

namespace NotebookKit.Cli.Commands;

/// <summary>
/// `notebookkit student PATH... --output-dir DIR`: writes the learner's version of each reference
/// notebook (solutions replaced by stubs, outputs cleared). A folder stands for its *.ipynb files.
/// </summary>
internal static class StudentCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Reference notebooks, or folders of them.", Arity = ArgumentArity.OneOrMore };
        var outputDir = new Option<string>("--output-dir") { Description = "Folder for the learner's notebooks.", Required = true };
        var command = new Command("student", "Write the learner's version of reference notebooks: each // BEGIN SOLUTION … // END SOLUTION block becomes its stub.");
        command.Arguments.Add(paths);
        command.Options.Add(outputDir);
        command.SetAction(parseResult =>
        {
            try
            {
                var notebooks = NotebookPaths.Expand(parseResult.GetValue(paths) ?? []);
                foreach (var written in StudentNotebook.WriteAll(notebooks, parseResult.GetValue(outputDir)!))
                    Console.WriteLine(written);
                return 0;
            }
            catch (Exception e) when (e is IOException or FormatException or NotebookFormatException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"notebookkit student: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
