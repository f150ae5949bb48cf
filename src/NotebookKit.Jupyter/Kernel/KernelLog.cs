namespace NotebookKit.Jupyter.Kernel;

/// <summary>
/// The kernel's own log. Never the notebook's stdout (cells own that): a file under Jupyter's runtime
/// folder, plus the process's original stderr for warnings, which Jupyter shows in its server console.
/// Debug lines are written only with <c>NOTEBOOKKIT_LOG=debug</c>.
/// </summary>
public sealed class KernelLog : IDisposable
{
    private readonly object _gate = new();
    private readonly TextWriter? _file;
    private readonly TextWriter? _console;
    private readonly bool _verbose;

    public KernelLog(TextWriter? file, TextWriter? console, bool verbose)
    {
        _file = file;
        _console = console;
        _verbose = verbose;
    }

    /// <summary>A log that writes nowhere (tests that do not look at it).</summary>
    public static KernelLog None { get; } = new(null, null, false);

    /// <summary>The lines written so far, when the log writes to a <see cref="StringWriter"/> (tests).</summary>
    public override string ToString() => _file is StringWriter writer ? writer.ToString() : base.ToString()!;

    public static KernelLog ForProcess()
    {
        var verbose = string.Equals(Environment.GetEnvironmentVariable("NOTEBOOKKIT_LOG"), "debug", StringComparison.OrdinalIgnoreCase);
        TextWriter? file = null;
        try
        {
            var folder = Environment.GetEnvironmentVariable("JUPYTER_RUNTIME_DIR") is { Length: > 0 } runtime
                ? runtime
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "jupyter", "runtime");
            Directory.CreateDirectory(folder);
            file = new StreamWriter(Path.Combine(folder, $"notebookkit-kernel-{Environment.ProcessId}.log")) { AutoFlush = true };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No writable runtime folder: the log goes to stderr alone; the kernel still runs.
        }
        return new KernelLog(file, Console.Error, verbose);
    }

    /// <summary>Whether debug lines are written: callers skip measuring what no one will read.</summary>
    public bool DebugEnabled => _verbose;

    public void Debug(string message)
    {
        if (_verbose)
            Write("debug", message, toConsole: false);
    }

    public void Info(string message) => Write("info", message, toConsole: false);

    public void Warning(string message) => Write("warning", message, toConsole: true);

    private void Write(string level, string message, bool toConsole)
    {
        var line = $"{DateTime.UtcNow:HH:mm:ss.fff} [{level}] {message}";
        lock (_gate)
        {
            _file?.WriteLine(line);
            if (toConsole)
                _console?.WriteLine("[NotebookKit] " + message);
        }
    }

    public void Dispose()
    {
        if (_file is StreamWriter stream)
            stream.Dispose();
    }
}
