using System.Text.Json.Nodes;
using NotebookKit.Display;
using NotebookKit.Jupyter.Execution;
using NotebookKit.Jupyter.Protocol;

namespace NotebookKit.Jupyter.Kernel;

/// <summary>
/// The kernel's end of one execute_request's <see cref="ICellOutput"/> port: each call becomes one IOPub message
/// under that request (stream, display_data, update_display_data, clear_output, execute_result), or an
/// input_request on stdin. It formats nothing and orders nothing: the interpreter hands it finished outputs in order.
/// </summary>
internal sealed class IopubCellOutput(JupyterKernel kernel, Message request, int executionCount, bool allowStdin) : ICellOutput
{
    /// <summary>The text/plain of the cell's result, for history.</summary>
    public string? ResultText { get; private set; }

    public void Stream(string name, string text) =>
        kernel.Publish(MessageTypes.Stream, new StreamOutput(name, text), request);

    public void Display(MimeBundle bundle, string? displayId) =>
        kernel.Publish(MessageTypes.DisplayData, DisplayData(bundle, displayId), request);

    public void Update(MimeBundle bundle, string displayId) =>
        kernel.Publish(MessageTypes.UpdateDisplayData, DisplayData(bundle, displayId), request);

    public void Clear(bool wait) =>
        kernel.Publish(MessageTypes.ClearOutput, new ClearOutput(wait), request);

    public void Result(MimeBundle bundle)
    {
        ResultText = bundle.PlainText;
        kernel.Publish(MessageTypes.ExecuteResult,
            new ExecuteResult(executionCount, MimeBundleJson.Data(bundle), MimeBundleJson.Metadata(bundle)), request);
    }

    public string ReadLine(string prompt, bool password) =>
        allowStdin
            ? kernel.RequestInput(request, prompt, password)
            : throw new InvalidOperationException(
                "Console.ReadLine() needs input, but this frontend does not accept input for this cell (allow_stdin is false). " +
                "Set the value in code instead, or run the cell in Jupyter, which supports input.");

    private static DisplayData DisplayData(MimeBundle bundle, string? displayId) =>
        new(MimeBundleJson.Data(bundle), MimeBundleJson.Metadata(bundle),
            displayId is null ? new JsonObject() : new JsonObject { ["display_id"] = displayId });
}
