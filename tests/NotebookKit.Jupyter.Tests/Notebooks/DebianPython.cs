using System.Diagnostics;

namespace NotebookKit.Jupyter.Tests.Notebooks;

/// <summary>
/// Runs Debian's /usr/bin/python3 (the one with nbformat, nbconvert and nbclient; the python3 on PATH may be
/// another) and fails the test with its output when it exits non-zero.
/// </summary>
public static class DebianPython
{
    public const string Executable = "/usr/bin/python3";

    public static string Run(IEnumerable<string> arguments, string? workingDirectory = null, IDictionary<string, string>? environment = null, int timeoutSeconds = 120)
    {
        var info = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        if (environment is not null)
            foreach (var (key, value) in environment)
                info.Environment[key] = value;
        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + Executable);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"python3 {string.Join(' ', arguments)} did not finish in {timeoutSeconds} s");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"python3 {string.Join(' ', arguments)} exited {process.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
        return stdout.Result;
    }

    /// <summary>A file in this test project's source tree (fixtures and scripts live beside the tests).</summary>
    public static string SourceFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "NotebookKit.Jupyter.Tests", relative);
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException($"test source file {relative} not found above {AppContext.BaseDirectory}");
    }
}
