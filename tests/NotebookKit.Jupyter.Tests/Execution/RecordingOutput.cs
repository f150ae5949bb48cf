using NotebookKit.Display;
using NotebookKit.Jupyter.Execution;

namespace NotebookKit.Jupyter.Tests.Execution;

/// <summary>A cell's output port that keeps every call in order, as the kernel would publish them.</summary>
internal sealed class RecordingOutput : ICellOutput
{
    /// <summary>One port call: its kind (stdout, stderr, display, update, clear, result), its text or bundle, its display id.</summary>
    public sealed record Call(string Kind, string Text, MimeBundle? Bundle = null, string? DisplayId = null);

    private readonly List<Call> _calls = [];

    /// <summary>Answers <c>Console.ReadLine()</c>; null: no one can answer.</summary>
    public string? Input { get; init; }

    public List<Call> Calls
    {
        get
        {
            lock (_calls) return [.. _calls];
        }
    }

    public void Stream(string name, string text) => Add(new Call(name, text));

    public void Display(MimeBundle bundle, string? displayId) => Add(new Call("display", bundle.PlainText, bundle, displayId));

    public void Update(MimeBundle bundle, string displayId) => Add(new Call("update", bundle.PlainText, bundle, displayId));

    public void Clear(bool wait) => Add(new Call("clear", wait ? "wait" : ""));

    public void Result(MimeBundle bundle) => Add(new Call("result", bundle.PlainText, bundle));

    public string ReadLine(string prompt, bool password) =>
        Input ?? throw new InvalidOperationException("RecordingOutput has no input to give.");

    private void Add(Call call)
    {
        lock (_calls) _calls.Add(call);
    }
}
