using System.Diagnostics;
using NotebookKit.Jupyter.Kernel;

namespace NotebookKit.Jupyter.Tests.Interop;

/// <summary>
/// The kernelspec installed into a temporary Jupyter data folder, with argv pointing at the NotebookKit.Cli
/// build in the test output folder, and a way to run Debian's Python (which has jupyter_client,
/// nbclient and jupyter_kernel_test) against it.
/// </summary>
public sealed class InstalledKernel : IDisposable
{
    public const string Python = "/usr/bin/python3";

    public InstalledKernel()
    {
        Root = Path.Combine(Path.GetTempPath(), $"notebookkit-interop-{Guid.NewGuid():N}");
        DataFolder = Path.Combine(Root, "share", "jupyter");
        var cli = Path.Combine(AppContext.BaseDirectory, "NotebookKit.Cli.dll");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        SpecFolder = KernelSpecInstaller.Install(KernelSpecInstaller.PrefixKernelsFolder(Root), [dotnet, cli]);
        Directory.CreateDirectory(Path.Combine(Root, "runtime"));
    }

    public string Root { get; }

    /// <summary>What JUPYTER_PATH points at: the folder holding kernels/notebookkit.</summary>
    public string DataFolder { get; }

    public string SpecFolder { get; }

    /// <summary>Writes <paramref name="script"/> to a file and runs it with Debian's Python, with this kernelspec visible.</summary>
    public (int ExitCode, string Stdout, string Stderr) RunPython(string fileName, string script, params string[] arguments)
    {
        var path = Path.Combine(Root, fileName);
        File.WriteAllText(path, script);
        var start = new ProcessStartInfo(Python)
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments.Length > 0 ? arguments : [path])
            start.ArgumentList.Add(argument);
        start.Environment["JUPYTER_PATH"] = DataFolder;
        start.Environment["JUPYTER_RUNTIME_DIR"] = Path.Combine(Root, "runtime");
        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        start.Environment["PYTHONUNBUFFERED"] = "1";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(8)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish within 8 minutes. Output so far:\n{stdout}");
        }
        return (process.ExitCode, stdout, stderr.Result);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A kernel that is still exiting may hold a file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
