namespace NotebookKit.Jupyter.Client;

/// <summary>How <see cref="KernelClient.StartAsync"/> starts a kernel process.</summary>
public sealed record KernelLaunchOptions
{
    /// <summary>
    /// The command, with <c>{connection_file}</c> where the connection file's path goes (as in a kernelspec's
    /// argv). Null: this build's own kernel, <c>dotnet NotebookKit.Cli.dll kernel -f {connection_file}</c>.
    /// </summary>
    public IReadOnlyList<string>? Argv { get; init; }

    /// <summary>The kernel's working directory (where relative paths in cells resolve). Null: this process's.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Extra environment variables for the kernel process.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>How long to wait for the first kernel_info_reply.</summary>
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Receives each line the kernel process writes to stderr (its warnings); null discards them.</summary>
    public Action<string>? OnKernelStderr { get; init; }

    /// <summary>The argv of this build's kernel: NotebookKit.Cli beside the running assemblies.</summary>
    public static IReadOnlyList<string> DefaultArgv()
    {
        var folder = AppContext.BaseDirectory;
        var dll = Path.Combine(folder, "NotebookKit.Cli.dll");
        if (!File.Exists(dll))
            throw new FileNotFoundException($"Cannot start a NotebookKit kernel: NotebookKit.Cli.dll is not in {folder}. Pass KernelLaunchOptions.Argv.", dll);
        var dotnet = System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : System.Environment.ProcessPath is { } process && Path.GetFileNameWithoutExtension(process) == "dotnet" ? process : "dotnet";
        return [dotnet, dll, "kernel", "-f", "{connection_file}"];
    }
}
