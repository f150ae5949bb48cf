using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NotebookKit.Jupyter.Protocol;

namespace NotebookKit.Jupyter.Kernel;

/// <summary>The cells run with store_history, in memory, answering tail / range / search like IPython's history.</summary>
internal sealed class KernelHistory
{
    private readonly object _gate = new();
    private readonly List<(int Line, string Input, string? Output)> _entries = [];

    /// <summary>This kernel keeps one session; IPython numbers the current one 0 in requests and 1 in replies.</summary>
    private const int Session = 1;

    public void Add(int line, string input, string? output)
    {
        lock (_gate)
            _entries.Add((line, input, output));
    }

    public JsonArray Query(HistoryRequest request)
    {
        List<(int Line, string Input, string? Output)> rows;
        lock (_gate)
            rows = [.. _entries];
        IEnumerable<(int Line, string Input, string? Output)> selected = request.HistAccessType switch
        {
            "tail" => rows.TakeLast(Math.Max(0, request.N ?? 10)),
            "range" => rows.Where(r => r.Line >= request.Start && (request.Stop is not { } stop || r.Line < stop)),
            "search" => Search(rows, request),
            _ => throw new InvalidDataException($"history_request: hist_access_type '{request.HistAccessType}' is not one of tail, range, search."),
        };
        var history = new JsonArray();
        foreach (var (line, input, output) in selected)
            history.Add(new JsonArray(Session, line, request.Output ? new JsonArray(input, output) : JsonValue.Create(input)));
        return history;
    }

    private static IEnumerable<(int Line, string Input, string? Output)> Search(List<(int Line, string Input, string? Output)> rows, HistoryRequest request)
    {
        var glob = new Regex("^" + Regex.Escape(request.Pattern ?? "*").Replace(@"\*", ".*").Replace(@"\?", ".") + "$", RegexOptions.Singleline);
        var matches = rows.Where(r => glob.IsMatch(r.Input));
        if (request.Unique)
            matches = matches.Reverse().DistinctBy(r => r.Input).Reverse();
        return request.N is { } n ? matches.TakeLast(n) : matches;
    }
}
