using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;

namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// C# cells on one Roslyn <see cref="ScriptState"/> chain: each cell continues the previous state, so
/// variables, types and usings carry over. The compiler warms up on a background thread as soon as
/// the interpreter exists; the first cell waits for it instead of racing it.
/// </summary>
public sealed class CSharpInterpreter : IInterpreter
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview, kind: SourceCodeKind.Script);
    private readonly Task _ready;
    private readonly string _workingDirectory;
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _restored = new();
    private readonly NuGetRestorer _restorer;
    private readonly RoslynAssistant _assistant;
    private ScriptOptions _options = ScriptOptions.Default;
    private ScriptState<object>? _state;
    private int _cellNumber;
    private Action? _assistantStart;

    public CSharpInterpreter(string? workingDirectory = null, string? nugetCache = null)
    {
        _workingDirectory = workingDirectory ?? Directory.GetCurrentDirectory();
        _restorer = new NuGetRestorer(nugetCache ?? NuGetRestorer.DefaultCacheRoot());
        _assistant = new RoslynAssistant(ParseOptions);
        _ready = Task.Run(WarmUp);
    }

    /// <summary>Completes when the first cell can run without paying for the compiler's start-up.</summary>
    public Task Ready => _ready;

    private void WarmUp()
    {
        var usings = KitReferences.AvailableUsings();
        // One set of references for the cells and the completion workspace: the metadata is read once and
        // shared (the XML docs load only when inspect asks for them).
        var references = KitReferences.Create(withDocumentation: true);
        _options = ScriptOptions.Default
            .WithReferences(references)
            .WithImports(usings)
            .WithLanguageVersion(LanguageVersion.Preview)
            .WithOptimizationLevel(OptimizationLevel.Debug)
            .WithEmitDebugInformation(true)
            .WithFileEncoding(Encoding.UTF8)
            .WithAllowUnsafe(true)
            .WithMetadataResolver(new NuGetMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(_workingDirectory), _restored))
            .WithSourceResolver(ScriptSourceResolver.Default.WithBaseDirectory(_workingDirectory));
        var prelude = KitReferences.NotebookGlobalsExist() ? $"using static {KitReferences.NotebookGlobals};" : "";
        _state = CSharpScript.RunAsync<object>(prelude, _options).GetAwaiter().GetResult();
        // Later cells inherit the first submission's references. Passing all ~180 again made Roslyn bind
        // them anew for every cell: about two thirds of a warm cell's time and ~60 MB of heap per session.
        _options = _options.WithReferences(Array.Empty<MetadataReference>());
        // A throwaway cell on a side branch JITs the compile-and-run path the first real cell takes,
        // including the loop rewrite and the interrupt check every loop cell goes through.
        var warm = SyntaxFactory.ParseSyntaxTree("var __warm = new List<int> { 1 }.Select(i => i + 1).Sum(); for (var i = 0; i < 2; i++) Console.Out.Write(\"\"); __warm", ParseOptions);
        var warmSource = new LoopInterruptRewriter().Visit(warm.GetRoot()).ToFullString();
        _state.ContinueWithAsync<object>(warmSource, _options).GetAwaiter().GetResult();
        _assistantStart = () => _assistant.Start(references, usings, prelude);
    }

    /// <summary>
    /// Builds the completion workspace once, in the background, after the first cell has run (or at the first
    /// complete/inspect request): it costs ~1 s of CPU and ~100 MB, which the first result should not wait behind.
    /// </summary>
    private void StartAssistant() => Interlocked.Exchange(ref _assistantStart, null)?.Invoke();

    public ExecutionOutcome Execute(string code)
    {
        _ready.GetAwaiter().GetResult();
        CellInterrupt.Reset();
        // Fit checks this token every batch: an interrupt stops training inside library code too.
        NotebookKit.Training.TrainingHost.Cancellation = CellInterrupt.Token;
        var magics = CellMagics.Parse(code);
        if (magics.Error is not null)
            return ExecutionOutcome.Failed(new ExecutionError("MagicCommandError", magics.Error, [magics.Error]));
        foreach (var package in magics.Packages)
        {
            try
            {
                _restored[NuGetReference.Key(package.Reference)] = _restorer.Restore(package);
            }
            catch (NuGetRestoreException e)
            {
                return ExecutionOutcome.Failed(new ExecutionError("NuGetRestoreError", e.Message, [e.Message]));
            }
        }
        var stopwatch = magics.Timed ? Stopwatch.StartNew() : null;
        try
        {
            return Run(magics.Code, keepState: true);
        }
        finally
        {
            StartAssistant();
            if (stopwatch is not null)
                Console.Out.WriteLine($"Wall time: {stopwatch.Elapsed.TotalMilliseconds:F1} ms");
        }
    }

    public ExecutionOutcome Evaluate(string expression)
    {
        _ready.GetAwaiter().GetResult();
        return Run(expression, keepState: false);
    }

    private ExecutionOutcome Run(string code, bool keepState)
    {
        var options = _options.WithFilePath(Path.Combine(_workingDirectory, $"cell{++_cellNumber}.csx"));
        var tree = SyntaxFactory.ParseSyntaxTree(code, ParseOptions);
        var root = tree.GetCompilationUnitRoot();
        var previous = _state!;
        // Loops are rewritten on the syntax tree before the one and only compile; a second compile of the
        // cell as written happens only when the first fails, so diagnostics point at the user's own columns.
        var rewritten = LoopInterruptRewriter.HasLoops(root);
        var source = rewritten ? new LoopInterruptRewriter().Visit(root).ToFullString() : code;
        ScriptState<object> state;
        try
        {
            var task = previous.ContinueWithAsync<object>(source, options, catchException: _ => true);
            task.Wait(CellInterrupt.Token);
            state = task.Result;
        }
        catch (CompilationErrorException e) when (rewritten)
        {
            var diagnostics = previous.Script.ContinueWith(code, options).Compile();
            return ExecutionOutcome.Failed(ExceptionFormatter.Compilation(
                diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? diagnostics : e.Diagnostics));
        }
        catch (CompilationErrorException e)
        {
            return ExecutionOutcome.Failed(ExceptionFormatter.Compilation(e.Diagnostics));
        }
        catch (OperationCanceledException) when (CellInterrupt.Token.IsCancellationRequested)
        {
            // The cell was awaiting something that ignores cancellation; it is abandoned, the session goes on.
            return ExecutionOutcome.Failed(ExceptionFormatter.Interrupted());
        }
        if (keepState)
        {
            _state = state;
            _assistant.AddSubmission(code);
        }
        if (state.Exception is { } exception)
            return ExecutionOutcome.Failed(exception is OperationCanceledException && CellInterrupt.Token.IsCancellationRequested
                ? ExceptionFormatter.Interrupted()
                : ExceptionFormatter.Runtime(exception));
        return TrailingValue(root, state);
    }

    /// <summary>A cell shows a value only when it ends in an expression with no semicolon, like <c>6 * 7</c>.</summary>
    private static ExecutionOutcome TrailingValue(CompilationUnitSyntax root, ScriptState<object> state)
    {
        if (root.Members.LastOrDefault() is not GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } })
            return ExecutionOutcome.NoValue;
        var value = state.ReturnValue;
        // display(x) returns a handle for updates; echoing the handle would show the value twice.
        if (value?.GetType().FullName == "NotebookKit.Display.DisplayHandle")
            return ExecutionOutcome.NoValue;
        if (value is null && ReturnsVoid(state.Script))
            return ExecutionOutcome.NoValue;
        return ExecutionOutcome.Of(value);
    }

    private static bool ReturnsVoid(Script script)
    {
        var compilation = script.GetCompilation();
        var tree = compilation.SyntaxTrees.Last();
        if (tree.GetCompilationUnitRoot().Members.LastOrDefault() is not GlobalStatementSyntax { Statement: ExpressionStatementSyntax statement })
            return true;
        var type = compilation.GetSemanticModel(tree).GetTypeInfo(statement.Expression).Type;
        return type is null || type.SpecialType == SpecialType.System_Void;
    }

    public CompletionResult Complete(string code, int cursor)
    {
        _ready.GetAwaiter().GetResult();
        StartAssistant();
        return _assistant.Complete(code, cursor);
    }

    public InspectionResult Inspect(string code, int cursor, int detailLevel)
    {
        _ready.GetAwaiter().GetResult();
        StartAssistant();
        return _assistant.Inspect(code, cursor, detailLevel);
    }

    public CompletenessResult IsComplete(string code)
    {
        if (string.IsNullOrWhiteSpace(code))
            return new CompletenessResult("complete");
        var tree = SyntaxFactory.ParseSyntaxTree(CellMagics.Parse(code).Code, ParseOptions);
        if (!SyntaxFactory.IsCompleteSubmission(tree))
            return new CompletenessResult("incomplete", new string(' ', 4 * Math.Max(1, OpenBraces(tree))));
        return tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error)
            ? new CompletenessResult("invalid")
            : new CompletenessResult("complete");
    }

    private static int OpenBraces(SyntaxTree tree)
    {
        var depth = 0;
        foreach (var token in tree.GetRoot().DescendantTokens())
            depth += token.IsKind(SyntaxKind.OpenBraceToken) ? 1 : token.IsKind(SyntaxKind.CloseBraceToken) && !token.IsMissing ? -1 : 0;
        return depth;
    }

    public void Interrupt() => CellInterrupt.Cancel();
}
