namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// The process's <see cref="Console"/> while the interpreter runs cells: <c>Console.Out</c> and <c>Console.Error</c>
/// become coalesced stream text of the latest cell's output, <c>Console.In</c> asks that cell's port for a line.
/// </summary>
/// <remarks>
/// The console is one per process, so it follows the latest cell: text a task prints after its cell ended lands
/// there too, as in ipykernel (nothing is lost). A cell run without an output (silent) shows none of its text.
/// </remarks>
internal sealed class CellConsole
{
    private readonly OutputStream _out;
    private readonly OutputStream _error;
    private readonly StdinReader _in;
    private volatile CellOutput? _target;
    private TextWriter? _installedOut;

    public CellConsole()
    {
        _out = new OutputStream("stdout", Send);
        _error = new OutputStream("stderr", Send);
        _in = new StdinReader(ReadLine);
    }

    /// <summary>The cell whose outputs are shown now: the running cell, or the last one (null: a silent cell).</summary>
    public CellOutput? Current => _target;

    /// <summary>Sends the text written so far and makes <paramref name="target"/> (null: nowhere) the cell that shows what follows.</summary>
    public void Follow(CellOutput? target)
    {
        Flush();
        _target = target;
        // Once per process, and again only if something else took the console in between (a test, a library).
        if (!ReferenceEquals(Console.Out, _installedOut))
        {
            Console.SetOut(_out);
            Console.SetError(_error);
            Console.SetIn(_in);
            _installedOut = Console.Out;
        }
    }

    /// <summary>Ends a cell: what it printed goes out now.</summary>
    public void EndCell() => Flush();

    /// <summary>Sends what was printed and is still waiting for its timer; called before every other output.</summary>
    public void Flush()
    {
        _out.Flush();
        _error.Flush();
    }

    /// <summary>
    /// JITs what a cell that prints pays for once (Console's synchronized writer, number formatting, the buffer, the
    /// flush timer): 4-16 ms of CPU measured here, that otherwise lands on the first cell that prints. Nothing is sent.
    /// <see cref="IdleWarmUp"/> calls it while no cell runs.
    /// </summary>
    public static void WarmPrintingPath()
    {
        using var stream = new OutputStream("stdout", (_, _) => { });
        var writer = TextWriter.Synchronized(stream);
        for (var i = 0; i < 64; i++)
        {
            writer.WriteLine(i);
            writer.Write(i);
            writer.Write(' ');
            writer.WriteLine("text");
        }
        writer.Flush();
    }

    private void Send(string name, string text)
    {
        try
        {
            _target?.Port.Stream(name, text);
        }
        catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException)
        {
            // The port's kernel has shut down (a task printed after the last cell): there is no page left to show it.
        }
    }

    private string ReadLine(string prompt, bool password) =>
        _target is { } target
            ? target.ReadLine(prompt, password)
            : throw new InvalidOperationException("Console.ReadLine() needs input, but this cell runs with no frontend to ask (its output is not shown).");
}
