using System.Text;

namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// Console.Out or Console.Error of the cells, handed on as stream text. Text is batched the way ipykernel
/// batches it: a write starts a short timer and everything written until it fires goes out as one piece,
/// so 10,000 quick lines are a handful of stream outputs while a slow loop's lines still appear as they
/// are printed. The cell's output flushes it before each display and result, and the cell's end flushes it.
/// </summary>
internal sealed class OutputStream : TextWriter
{
    private static readonly TimeSpan FlushDelay = TimeSpan.FromMilliseconds(50);
    private const int MaxBuffered = 1 << 20;
    private readonly object _gate = new();
    private readonly StringBuilder _buffer = new();
    private readonly Action<string, string> _send;
    private readonly Timer _timer;
    private bool _scheduled;

    public OutputStream(string name, Action<string, string> send)
    {
        Name = name;
        _send = send;
        _timer = new Timer(_ => Flush());
    }

    public string Name { get; }

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_gate)
        {
            _buffer.Append(value);
            Schedule();
        }
    }

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return;
        lock (_gate)
        {
            _buffer.Append(value);
            Schedule();
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (_gate)
        {
            _buffer.Append(buffer, index, count);
            Schedule();
        }
    }

    public override void WriteLine(string? value)
    {
        lock (_gate)
        {
            _buffer.Append(value).Append('\n');
            Schedule();
        }
    }

    public override void WriteLine() => Write('\n');

    public override void Flush()
    {
        string text;
        lock (_gate)
        {
            _scheduled = false;
            if (_buffer.Length == 0)
                return;
            text = _buffer.ToString();
            _buffer.Clear();
            // Sent under the lock so two flushes cannot reorder the text.
            _send(Name, text);
        }
    }

    private void Schedule()
    {
        if (_buffer.Length >= MaxBuffered)
        {
            var text = _buffer.ToString();
            _buffer.Clear();
            _send(Name, text);
            return;
        }
        if (_scheduled)
            return;
        _scheduled = true;
        _timer.Change(FlushDelay, Timeout.InfiniteTimeSpan);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _timer.Dispose();
        base.Dispose(disposing);
    }
}
