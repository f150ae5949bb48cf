using System.CommandLine;
using System.Reflection;

namespace NotebookKit.Cli.Commands;

/// <summary>`notebookkit version`: the kit's version and the runtime it runs on.</summary>
internal static class VersionCommand
{
    public static Command Create()
    {
        var command = new Command("version", "Print NotebookKit's version and the .NET runtime.");
        command.SetAction(_ =>
        {
            var version = typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?";
            Console.WriteLine($"notebookkit {version} on .NET {Environment.Version}");
            return 0;
        });
        return command;
    }
}
