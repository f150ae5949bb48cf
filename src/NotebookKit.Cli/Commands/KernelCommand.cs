using System.CommandLine;
using NotebookKit.Jupyter.Kernel;

namespace NotebookKit.Cli.Commands;

/// <summary>`notebookkit kernel -f CONNECTION_FILE`: the C# Jupyter kernel that Jupyter starts through the kernelspec.</summary>
internal static class KernelCommand
{
    public static Command Create()
    {
        var connectionFile = new Option<FileInfo>("--connection-file", "-f")
        {
            Description = "The connection file Jupyter wrote (ports, key).",
            Required = true,
        };
        var command = new Command("kernel", "Run the NotebookKit C# Jupyter kernel (started by Jupyter via the kernelspec).");
        command.Options.Add(connectionFile);
        command.SetAction(parseResult =>
        {
            var file = parseResult.GetValue(connectionFile)!;
            try
            {
                return KernelProcess.Run(file.FullName);
            }
            catch (Exception e) when (e is FileNotFoundException or InvalidDataException or System.Text.Json.JsonException)
            {
                Console.Error.WriteLine($"notebookkit kernel: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
