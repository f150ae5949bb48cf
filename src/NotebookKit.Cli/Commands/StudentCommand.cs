using System.CommandLine;
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
        command.SetAction(parseResult => Run(parseResult.GetValue(paths) ?? [], parseResult.GetValue(outputDir)!, Console.Out, Console.Error));
        return command;
    }

    /// <summary>Writes through <see cref="StudentJob"/> and prints each file written: 0 done, 1 nothing written.</summary>
    internal static int Run(IReadOnlyList<string> paths, string outputDir, TextWriter stdout, TextWriter stderr)
    {
        var outcome = StudentJob.Run(paths, outputDir);
        foreach (var written in outcome.Written)
            stdout.WriteLine(written);
        if (outcome.Failure is null)
            return 0;
        stderr.WriteLine($"notebookkit student: {outcome.Failure}");
        return 1;
    }
}
