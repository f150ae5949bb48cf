using System.Diagnostics;
using System.Text;

namespace NotebookKit.Course.Tests;

/// <summary>Runs the `notebookkit` command the project reference built next to the tests, and captures its output.</summary>
public static class CliProcess
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr, TimeSpan Elapsed)
    {
        public string Describe() => $"exit {ExitCode} after {Elapsed.TotalSeconds:F1} s\n--- stdout\n{StdOut}\n--- stderr\n{StdErr}";
    }

    public static Result Run(TimeSpan timeout, params string[] arguments) => Run(timeout, new Dictionary<string, string>(), arguments);

    /// <param name="environment">Variables to set for the command (a locale, a language).</param>
    public static Result Run(TimeSpan timeout, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        // The CLI is referenced by this project, so its assembly sits next to ours; `dotnet exec` runs it
        // the same way on every machine, with or without an apphost.
        var cli = Path.Combine(AppContext.BaseDirectory, "NotebookKit.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(cli);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        start.StandardOutputEncoding = start.StandardErrorEncoding = System.Text.Encoding.UTF8;

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (stdout) stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new Result(-1, stdout.ToString(), stderr + $"\n(killed after {timeout.TotalSeconds} s)", stopwatch.Elapsed);
        }
        process.WaitForExit();
        return new Result(process.ExitCode, stdout.ToString(), stderr.ToString(), stopwatch.Elapsed);
    }
}
