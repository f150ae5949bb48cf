using NotebookKit.Display;

namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// The one port between the interpreter and whoever shows a cell: finished outputs, in the order the cell made
/// them. The interpreter owns turning values into <see cref="MimeBundle"/>s and the order (printed text is flushed
/// before each display, result or input request); the kernel turns each call into one IOPub message and nothing
/// else, as xeus' <c>xinterpreter</c> publishes through its kernel. A test records the calls in a list.
/// </summary>
public interface ICellOutput
{
    /// <summary>Printed text (<c>stream</c>): <paramref name="name"/> is <c>stdout</c> or <c>stderr</c>; quick writes come coalesced.</summary>
    void Stream(string name, string text);

    /// <summary>A new output (<c>display_data</c>); with a <paramref name="displayId"/> it can be updated later.</summary>
    void Display(MimeBundle bundle, string? displayId);

    /// <summary>Replaces every earlier output carrying <paramref name="displayId"/> (<c>update_display_data</c>).</summary>
    void Update(MimeBundle bundle, string displayId);

    /// <summary>Clears the cell's outputs (<c>clear_output</c>); with <paramref name="wait"/>, when the next one arrives.</summary>
    void Clear(bool wait);

    /// <summary>The cell's value (<c>execute_result</c>), last of the cell's outputs.</summary>
    void Result(MimeBundle bundle);

    /// <summary>
    /// Asks the user for a line (<c>input_request</c>) and waits for it: <c>Console.ReadLine()</c> in a cell. Throws a
    /// clear <see cref="InvalidOperationException"/> where no one can answer, and an <see cref="OperationCanceledException"/>
    /// when the cell is interrupted while it waits.
    /// </summary>
    string ReadLine(string prompt, bool password);
}
