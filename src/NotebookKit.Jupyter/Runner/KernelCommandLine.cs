namespace NotebookKit.Jupyter.Runner;

/// <summary>
/// How to start <c>notebookkit kernel -f FILE</c> with the very binary that is running: the apphost when there
/// is one, else <c>dotnet NotebookKit.Cli.dll</c> — so the runner always drives the kernel of its own build.
/// </summary>
public sealed record KernelCommandLine(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>The command for a connection file: the prefix arguments, then <c>kernel -f FILE</c>.</summary>
    public IReadOnlyList<string> For(string connectionFile) => [.. Arguments, "kernel", "-f", connectionFile];

    /// <param name="cliAssemblyPath">Where NotebookKit.Cli.dll is (the CLI passes its own assembly location).</param>
    public static KernelCommandLine ForCli(string cliAssemblyPath)
    {
        var process = Environment.ProcessPath;
        var stem = Path.GetFileNameWithoutExtension(cliAssemblyPath);
        if (process is not null && Path.GetFileNameWithoutExtension(process) is var name && (name == stem || name == "notebookkit"))
            return new(process, []);
        var apphost = Path.Combine(Path.GetDirectoryName(cliAssemblyPath)!, OperatingSystem.IsWindows() ? stem + ".exe" : stem);
        if (File.Exists(apphost))
            return new(apphost, []);
        var dotnet = process is not null && Path.GetFileNameWithoutExtension(process) == "dotnet" ? process : "dotnet";
        return new(dotnet, [cliAssemblyPath]);
    }
}
