using System.CommandLine;
using System.Reflection;
using NotebookKit.Jupyter.Kernel;

namespace NotebookKit.Cli.Commands;

/// <summary>`notebookkit install [--user | --sys-prefix | --prefix DIR]`: writes the `notebookkit` kernelspec, no Python needed.</summary>
internal static class InstallCommand
{
    public static Command Create()
    {
        var user = new Option<bool>("--user") { Description = "Install for the current user (the default)." };
        var sysPrefix = new Option<bool>("--sys-prefix") { Description = "Install into the active Python environment (VIRTUAL_ENV or CONDA_PREFIX)." };
        var prefix = new Option<DirectoryInfo?>("--prefix") { Description = "Install into DIR/share/jupyter/kernels." };
        var command = new Command("install", "Install the 'notebookkit' Jupyter kernelspec (C# (NotebookKit)).");
        command.Options.Add(user);
        command.Options.Add(sysPrefix);
        command.Options.Add(prefix);
        command.SetAction(parseResult =>
        {
            var chosen = (parseResult.GetValue(user) ? 1 : 0) + (parseResult.GetValue(sysPrefix) ? 1 : 0) + (parseResult.GetValue(prefix) is null ? 0 : 1);
            if (chosen > 1)
            {
                Console.Error.WriteLine("notebookkit install: choose one of --user, --sys-prefix, --prefix DIR.");
                return 2;
            }
            try
            {
                var kernels = parseResult.GetValue(prefix) is { } dir ? KernelSpecInstaller.PrefixKernelsFolder(dir.FullName)
                    : parseResult.GetValue(sysPrefix) ? KernelSpecInstaller.PrefixKernelsFolder(KernelSpecInstaller.SysPrefix())
                    : KernelSpecInstaller.UserKernelsFolder();
                var folder = KernelSpecInstaller.Install(kernels, Launcher());
                Console.WriteLine($"Installed kernelspec '{KernelIdentity.KernelName}' ({KernelIdentity.DisplayName}) in {folder}");
                return 0;
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"notebookkit install: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    /// <summary>
    /// How Jupyter should start this same build: the apphost (a `dotnet run` build, or the dotnet tool's
    /// shim) as it is, or `dotnet NotebookKit.Cli.dll` when this process was started through the dotnet host.
    /// </summary>
    internal static IReadOnlyList<string> Launcher()
    {
        var process = Environment.ProcessPath ?? "dotnet";
        var dll = Assembly.GetEntryAssembly()?.Location ?? typeof(InstallCommand).Assembly.Location;
        return Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            ? [process, dll]
            : [process];
    }
}
