using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookKit.Jupyter.Kernel;

/// <summary>
/// Writes the <c>notebookkit</c> kernelspec (kernel.json and two logos) straight into a Jupyter kernels
/// folder, creating it if needed: no Python or Jupyter has to be installed, so VS Code's raw kernels find
/// it too. Files are written atomically.
/// </summary>
public static class KernelSpecInstaller
{
    /// <summary>The user's kernels folder: $JUPYTER_DATA_DIR/kernels, else the platform's Jupyter data folder.</summary>
    public static string UserKernelsFolder()
    {
        if (Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR") is { Length: > 0 } data)
            return Path.Combine(data, "kernels");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "jupyter", "kernels");
        if (OperatingSystem.IsMacOS())
            return Path.Combine(home, "Library", "Jupyter", "kernels");
        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } x ? x : Path.Combine(home, ".local", "share");
        return Path.Combine(xdg, "jupyter", "kernels");
    }

    /// <summary>The kernels folder of a prefix (what <c>--prefix</c> and <c>--sys-prefix</c> mean to Jupyter): PREFIX/share/jupyter/kernels.</summary>
    public static string PrefixKernelsFolder(string prefix) => Path.Combine(Path.GetFullPath(prefix), "share", "jupyter", "kernels");

    /// <summary>The active Python environment's prefix (a virtualenv or conda env), read from the environment variables they set.</summary>
    public static string SysPrefix() =>
        Environment.GetEnvironmentVariable("VIRTUAL_ENV") is { Length: > 0 } venv ? venv
        : Environment.GetEnvironmentVariable("CONDA_PREFIX") is { Length: > 0 } conda ? conda
        : throw new InvalidOperationException("--sys-prefix needs an active Python environment (VIRTUAL_ENV or CONDA_PREFIX is not set); use --user or --prefix DIR.");

    public static JsonObject KernelJson(IReadOnlyList<string> launcher) => new()
    {
        ["argv"] = new JsonArray([.. launcher.Select(a => (JsonNode?)a), "kernel", "-f", "{connection_file}"]),
        ["display_name"] = KernelIdentity.DisplayName,
        ["language"] = KernelIdentity.Language,
        // "message": interrupts arrive as interrupt_request on control; SIGINT is handled as well.
        ["interrupt_mode"] = "message",
        ["kernel_protocol_version"] = Protocol.MessageHeader.ProtocolVersion,
        ["metadata"] = new JsonObject { ["debugger"] = false },
    };

    /// <summary>Installs into <paramref name="kernelsFolder"/>/notebookkit; returns that folder.</summary>
    public static string Install(string kernelsFolder, IReadOnlyList<string> launcher)
    {
        var folder = Path.Combine(kernelsFolder, KernelIdentity.KernelName);
        Directory.CreateDirectory(folder);
        WriteAtomically(Path.Combine(folder, "kernel.json"),
            JsonSerializer.SerializeToUtf8Bytes(KernelJson(launcher), new JsonSerializerOptions { WriteIndented = true }));
        foreach (var logo in new[] { "logo-32x32.png", "logo-64x64.png" })
            WriteAtomically(Path.Combine(folder, logo), Logo(logo));
        return folder;
    }

    private static byte[] Logo(string name)
    {
        using var stream = typeof(KernelSpecInstaller).Assembly.GetManifestResourceStream("kernel/" + name)
            ?? throw new InvalidOperationException($"The kernel logo {name} is missing from NotebookKit.Jupyter's resources.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temp = path + ".tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }
}
