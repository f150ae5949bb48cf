namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// Console.In of the cells. <c>Console.ReadLine()</c> asks the running cell's output port for a line (the kernel
/// sends input_request on the stdin channel when the request allowed stdin, and fails with a clear message when
/// it did not: nbclient and the headless runner never allow it).
/// </summary>
internal sealed class StdinReader(Func<string, bool, string> requestLine) : TextReader
{
    private string _pending = "";

    public override string? ReadLine()
    {
        if (_pending.Length > 0)
        {
            var rest = _pending;
            _pending = "";
            var newline = rest.IndexOf('\n');
            if (newline >= 0)
            {
                _pending = rest[(newline + 1)..];
                return rest[..newline];
            }
            return rest;
        }
        return Ask();
    }

    public override int Read()
    {
        if (_pending.Length == 0)
            _pending = Ask() + "\n";
        var c = _pending[0];
        _pending = _pending[1..];
        return c;
    }

    public override int Peek()
    {
        if (_pending.Length == 0)
            _pending = Ask() + "\n";
        return _pending[0];
    }

    private string Ask() => requestLine("", false);
}
