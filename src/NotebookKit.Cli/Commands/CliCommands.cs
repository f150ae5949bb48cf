using System.CommandLine;

namespace NotebookKit.Cli.Commands;

/// <summary>The one list of `notebookkit` verbs; each verb lives in its own file.</summary>
internal static class CliCommands
{
    public static IEnumerable<Command> All()
    {
        yield return VersionCommand.Create();
        yield return StudentCommand.Create();
        yield return ClearCommand.Create();
        yield return ExportCommand.Create();
        yield return KernelCommand.Create();
        yield return InstallCommand.Create();
        yield return RunCommand.Create();
        yield return CourseCommand.Create();
        yield return ConvertCommand.Create();
        yield return TranslateCommand.Create();
    }
}
