using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NotebookKit.Jupyter.Notebooks;
using NotebookKit.Jupyter.Protocol;

namespace NotebookKit.Jupyter.Runner;

/// <summary>
/// Records a kernel's iopub messages into cell outputs the way nbclient does (nbclient/client.py
/// <c>process_message</c>, <c>output</c>, <c>clear_output</c>, <c>_update_display_id</c>):
/// <list type="bullet">
/// <item><c>execution_count</c> in any message sets the cell's count;</item>
/// <item>display_data / execute_result are appended; one carrying <c>transient.display_id</c> is remembered, and
/// any later message with that id (update_display_data included) rewrites the data and metadata of every output
/// with that id, in any cell;</item>
/// <item><c>clear_output</c> empties the cell's outputs now, or with <c>wait</c> just before the next output;</item>
/// <item>consecutive stream outputs of the same name are merged and carriage-return overwrites applied, as
/// Jupyter front ends show them and nbconvert's <c>coalesce_streams</c> stores them.</item>
/// </list>
/// </summary>
public sealed partial class OutputRecorder
{
    private readonly Dictionary<string, List<(NotebookCell Cell, int Index)>> _displays = new(StringComparer.Ordinal);
    private NotebookCell? _cell;
    private bool _clearBeforeNextOutput;

    /// <summary>Starts a cell: its outputs are emptied, as nbclient does before executing it.</summary>
    public void BeginCell(NotebookCell cell)
    {
        _cell = cell;
        cell.Outputs.Clear();
        _clearBeforeNextOutput = false;
        ForgetDisplays(cell);
    }

    /// <summary>Applies one iopub message that belongs to the current cell's execute request.</summary>
    public void Handle(string messageType, JsonObject content)
    {
        var cell = _cell ?? throw new InvalidOperationException("BeginCell must come before Handle.");
        var displayId = (string?)(content["transient"] as JsonObject)?["display_id"];
        if (displayId is not null && messageType is MessageTypes.ExecuteResult or MessageTypes.DisplayData or MessageTypes.UpdateDisplayData)
            UpdateDisplay(displayId, content);
        if (content["execution_count"] is JsonValue count && count.TryGetValue<int>(out var n))
            cell.ExecutionCount = n;

        switch (messageType)
        {
            case MessageTypes.ClearOutput:
                if ((bool?)content["wait"] == true)
                    _clearBeforeNextOutput = true;
                else
                    ClearNow(cell);
                break;
            case MessageTypes.Stream or MessageTypes.DisplayData or MessageTypes.ExecuteResult or MessageTypes.Error:
                Append(cell, messageType, content, displayId);
                break;
        }
    }

    /// <summary>Ends the cell: applies carriage returns inside the merged stream text.</summary>
    public void EndCell()
    {
        if (_cell is null)
            return;
        foreach (var output in _cell.Outputs.Where(o => o.OutputType == NotebookOutput.Stream && o.Text?.Contains('\r') == true))
            output.Text = CarriageReturn().Replace(output.Text!, "");
        _cell = null;
    }

    private void Append(NotebookCell cell, string messageType, JsonObject content, string? displayId)
    {
        if (_clearBeforeNextOutput)
        {
            ClearNow(cell);
            _clearBeforeNextOutput = false;
        }
        if (messageType == MessageTypes.Stream)
        {
            var name = (string?)content["name"] ?? "stdout";
            var text = (string?)content["text"] ?? "";
            if (cell.Outputs.Count > 0 && cell.Outputs[^1] is { OutputType: NotebookOutput.Stream } last && last.Name == name)
                last.Text += text;
            else
                cell.Outputs.Add(NotebookOutput.CreateStream(name, text));
            return;
        }
        var output = messageType switch
        {
            MessageTypes.DisplayData => NotebookOutput.CreateDisplayData(Object(content["data"]), Object(content["metadata"])),
            MessageTypes.ExecuteResult => NotebookOutput.CreateExecuteResult((int?)content["execution_count"], Object(content["data"]), Object(content["metadata"])),
            _ => NotebookOutput.CreateError((string?)content["ename"] ?? "Error", (string?)content["evalue"] ?? "",
                (content["traceback"] as JsonArray)?.Select(l => (string?)l ?? "") ?? []),
        };
        if (displayId is not null)
        {
            if (!_displays.TryGetValue(displayId, out var places))
                _displays[displayId] = places = [];
            places.Add((cell, cell.Outputs.Count));
        }
        cell.Outputs.Add(output);
    }

    private void UpdateDisplay(string displayId, JsonObject content)
    {
        if (!_displays.TryGetValue(displayId, out var places))
            return;
        foreach (var (cell, index) in places)
        {
            if (index >= cell.Outputs.Count)
                continue;
            var node = cell.Outputs[index].Node;
            node["data"] = Object(content["data"]);
            node["metadata"] = Object(content["metadata"]);
        }
    }

    private void ClearNow(NotebookCell cell)
    {
        cell.Outputs.Clear();
        ForgetDisplays(cell);
    }

    private void ForgetDisplays(NotebookCell cell)
    {
        foreach (var places in _displays.Values)
            places.RemoveAll(p => ReferenceEquals(p.Cell, cell));
    }

    private static JsonObject Object(JsonNode? node) => node is JsonObject obj ? (JsonObject)obj.DeepClone() : new JsonObject();

    // nbconvert's coalesce_streams: text before a \r that is not the end of a line was overwritten.
    [GeneratedRegex(@".*\r(?=[^\n])")]
    private static partial Regex CarriageReturn();
}
