using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.QuickInfo;
using Microsoft.CodeAnalysis.Text;

namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// Completion and inspection from Roslyn's IDE services. The cells run so far are a chain of submission
/// projects (each one references the one before, as in Visual Studio's C# Interactive), so a
/// completion sees the variables and types of earlier cells. The code being completed is a throwaway
/// last link: nothing it contains is kept. Executed cells are only queued: the workspace takes them in
/// when a complete or inspect request arrives, so running a cell never pays for (or competes with) a
/// background compile of the completion workspace.
/// </summary>
internal sealed class RoslynAssistant(CSharpParseOptions parseOptions)
{
    private readonly object _gate = new();
    private readonly List<string> _pending = [];
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IReadOnlyList<MetadataReference> _references = [];
    private CSharpCompilationOptions _compilationOptions = new(OutputKind.DynamicallyLinkedLibrary);
    private Solution? _solution;
    private ProjectId? _last;
    private int _count;

    /// <summary>Builds the workspace in the background (the MEF container alone takes ~0.3 s) and warms one completion; the task ends with that.</summary>
    public Task Start(IReadOnlyList<MetadataReference> references, string prelude) => Task.Run(() =>
    {
        try
        {
            _references = references;
            _compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true);
            var workspace = new AdhocWorkspace(MefHostServices.Create(MefHostServices.DefaultAssemblies));
            lock (_gate)
            {
                _solution = workspace.CurrentSolution;
                _pending.Insert(0, prelude);
            }
            _started.TrySetResult();
            Complete("Console.Wr", 10);
        }
        catch (Exception e)
        {
            _started.TrySetException(e);
        }
    });

    public void AddSubmission(string code)
    {
        lock (_gate)
            _pending.Add(code);
    }

    public CompletionResult Complete(string code, int cursor)
    {
        var document = Scratch(code);
        var service = CompletionService.GetService(document);
        if (service is null)
            return new CompletionResult([], cursor, cursor, []);
        var completions = service.GetCompletionsAsync(document, cursor).GetAwaiter().GetResult();
        var span = completions.Span;
        var typed = code[span.Start..Math.Min(cursor, code.Length)];
        var matches = new List<string>();
        var kinds = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in completions.ItemsList)
        {
            var text = item.Properties.TryGetValue("InsertionText", out var insertion) ? insertion : item.DisplayText;
            if (!text.StartsWith(typed, StringComparison.OrdinalIgnoreCase) || !seen.Add(text))
                continue;
            matches.Add(text);
            kinds.Add(item.Tags.FirstOrDefault()?.ToLowerInvariant() ?? "");
        }
        return new CompletionResult(matches, span.Start, span.End, kinds);
    }

    public InspectionResult Inspect(string code, int cursor, int detailLevel)
    {
        var document = Scratch(code);
        var service = QuickInfoService.GetService(document);
        if (service is null)
            return InspectionResult.NotFound;
        // Shift-Tab is usually pressed right after a name (cursor at its end), so look one character back too.
        foreach (var position in new[] { cursor, cursor - 1 })
        {
            if (position < 0 || position > code.Length)
                continue;
            var info = service.GetQuickInfoAsync(document, position).GetAwaiter().GetResult();
            if (info is null || info.Sections.IsEmpty)
                continue;
            var signature = string.Join("\n", info.Sections.Where(s => s.Kind == QuickInfoSectionKinds.Description).Select(s => s.Text));
            var documentation = string.Join("\n", info.Sections.Where(s => s.Kind != QuickInfoSectionKinds.Description).Select(s => s.Text));
            var plain = documentation.Length > 0 ? signature + "\n\n" + documentation : signature;
            var markdown = $"```csharp\n{signature}\n```" + (documentation.Length > 0 ? "\n\n" + documentation : "");
            return new InspectionResult(true, plain, markdown);
        }
        return InspectionResult.NotFound;
    }

    private Document Scratch(string code)
    {
        _started.Task.GetAwaiter().GetResult();
        lock (_gate)
        {
            if (_pending.Count > 0)
            {
                foreach (var cell in _pending)
                    (_solution, _last) = WithSubmission(_solution!, _last, cell);
                _pending.Clear();
                // Compile the chain on the kept snapshot: a fork computes its own compilations and keeps none,
                // so without this every request would recompile all the cells queued since the last one.
                _solution!.GetProject(_last)!.GetCompilationAsync().GetAwaiter().GetResult();
            }
            var (solution, project) = WithSubmission(_solution!, _last, code);
            return solution.GetProject(project)!.Documents.Single();
        }
    }

    private (Solution, ProjectId) WithSubmission(Solution solution, ProjectId? previous, string code)
    {
        var id = ProjectId.CreateNewId();
        var name = $"Submission{++_count}";
        var project = ProjectInfo.Create(id, VersionStamp.Create(), name, name, LanguageNames.CSharp,
            isSubmission: true,
            compilationOptions: _compilationOptions,
            parseOptions: parseOptions,
            // Only the first link carries the references; later submissions inherit them, as cells do (see
            // CSharpInterpreter): every link binding all ~180 again cost ~1 MB per cell and made a trivial bench round peak at ~500 MB.
            metadataReferences: previous is null ? _references : [],
            projectReferences: previous is null ? [] : [new ProjectReference(previous)]);
        var document = DocumentInfo.Create(DocumentId.CreateNewId(id), name + ".csx",
            sourceCodeKind: SourceCodeKind.Script,
            loader: TextLoader.From(TextAndVersion.Create(SourceText.From(code), VersionStamp.Create())));
        return (solution.AddProject(project).AddDocument(document), id);
    }
}
