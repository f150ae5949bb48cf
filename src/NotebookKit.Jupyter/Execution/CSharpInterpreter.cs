using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;
using NotebookKit.Display;

namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// C# cells on one Roslyn <see cref="ScriptState"/> chain: each cell continues the previous state, so
/// variables, types and usings carry over. The session's prelude compiles on a background thread as soon as
/// the interpreter exists; the first cell waits for that, but never for the warm-up that follows it when idle.
/// </summary>
public sealed class CSharpInterpreter : IInterpreter
{
    /// <summary>How a cell is parsed: a script, in the newest language version.</summary>
    internal static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview, kind: SourceCodeKind.Script);

    /// <summary>
    /// A loop the prelude compiles as a cell's loop is compiled (rewritten), and runs zero times: the compiler's flow
    /// analysis of loops and calls is ~70 generic methods that no ReadyToRun image holds, and the session's first loop
    /// cell paid for their JIT, 10-20 ms, unless the idle warm-up had got there first (bench/kernel/README.md). Its
    /// variable is the loop's own, so the session gains no name.
    /// </summary>
    private static readonly string FirstLoop = "\n" + LoopInterruptRewriter.Rewrite("for (var i = 0; i < 0; i++) Console.WriteLine($\"{i}\");");

    private readonly Task _ready;
    private readonly IdleWarmUp _warmUp;
    private readonly Action<string>? _trace;
    private readonly string _workingDirectory;
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _restored = new();
    private readonly NuGetRestorer _restorer;
    private readonly RoslynAssistant _assistant;
    private readonly CellThread _cells = new();
    private readonly InterruptWatchdog _watchdog;
    private readonly CellConsole _console = new();
    private readonly OutputPage _page = new();
    private ScriptOptions _options = ScriptOptions.Default;
    private ScriptState<object>? _state;
    private int _cellNumber;
    private Func<Task>? _assistantStart;
    private readonly Timer _assistantWhenIdle;
    private int _cellsRunning;

    /// <param name="trace">Receives the start-up timeline (prelude, warm cell, first cell), for the kernel's debug log.</param>
    public CSharpInterpreter(string? workingDirectory = null, string? nugetCache = null, Action<string>? trace = null)
    {
        _trace = trace;
        _workingDirectory = workingDirectory ?? Directory.GetCurrentDirectory();
        _restorer = new NuGetRestorer(nugetCache ?? NuGetRestorer.DefaultCacheRoot());
        _assistant = new RoslynAssistant(ParseOptions);
        _watchdog = new InterruptWatchdog(_cells, TimeSpan.FromSeconds(5));
        _assistantWhenIdle = new Timer(_ => StartAssistantIfIdle());
        _warmUp = new IdleWarmUp(() => (_state!, _options), () => Volatile.Read(ref _cellsRunning) == 0, trace);
        _ready = Task.Run(() =>
        {
            Prelude();
            StartUpCollection.Run(trace);
        });
        // The warm-up follows the prelude unless the first cell has arrived; that cell never waits for it.
        _ready.ContinueWith(_ => _warmUp.StartIfIdle(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }

    /// <summary>Completes when the session's first state (references, usings, the prelude) exists: the first cell waits for this alone.</summary>
    public Task Ready => _ready;

    /// <summary>How long no cell must run before the completion workspace is built in the background (infinite: only on request).</summary>
    internal TimeSpan AssistantIdleDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long no cell must run before an unfinished warm-up resumes (see <see cref="IdleWarmUp"/>).</summary>
    internal TimeSpan WarmUpIdleDelay { get => _warmUp.IdleDelay; init => _warmUp.IdleDelay = value; }

    /// <summary>True once the warm-up has compiled everything it warms.</summary>
    internal bool WarmedUp => _warmUp.Done;

    private void Prelude()
    {
        _trace?.Invoke("interpreter: prelude compile starts");
        // One set of references for the cells and the completion workspace: the metadata is read once and
        // shared (the XML docs load only when inspect asks for them).
        var references = KitReferences.Create();
        _options = ScriptOptions.Default
            .WithReferences(references)
            .WithLanguageVersion(LanguageVersion.Preview)
            .WithOptimizationLevel(OptimizationLevel.Debug)
            // No PDB per cell: a failing cell's lines come from one emitted when its traceback needs it (CellLines).
            .WithEmitDebugInformation(false)
            .WithFileEncoding(Encoding.UTF8)
            .WithAllowUnsafe(true)
            .WithMetadataResolver(new NuGetMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(_workingDirectory), _restored))
            .WithSourceResolver(ScriptSourceResolver.Default.WithBaseDirectory(_workingDirectory));
        // The default usings are directives of this first submission, inherited by every later cell as a `using`
        // typed in a cell is. As ScriptOptions imports, each cell's compilation bound all of them again from their
        // names: ~7% of a warm `1 + 1`'s allocations (bench/kernel/README.md).
        var prelude = KitReferences.Prelude(KitReferences.AvailableUsings());
        _state = CSharpScript.RunAsync<object>(prelude + FirstLoop, _options).GetAwaiter().GetResult();
        // Later cells inherit the first submission's references. Passing all ~180 again made Roslyn bind
        // them anew for every cell: about two thirds of a warm cell's time and ~60 MB of heap per session.
        _options = _options.WithReferences(Array.Empty<MetadataReference>());
        _assistantStart = () => _assistant.Start(references, prelude);
        _trace?.Invoke("interpreter: prelude ready");
    }

    /// <summary>
    /// Builds the completion workspace once, in the background: at the first complete/inspect request, or once
    /// no cell has run for <see cref="AssistantIdleDelay"/> after the first. It costs ~1 s of CPU and ~100 MB;
    /// started right after the first cell it competed with every cell of a "Run All" (bench/kernel: a third
    /// of the kernel's CPU during its warm cells), and a notebook run without any completion never needs it.
    /// </summary>
    private void StartAssistant()
    {
        if (Interlocked.Exchange(ref _assistantStart, null) is not { } start)
            return;
        _trace?.Invoke("interpreter: completion workspace starts");
        // Its ~100 MB of garbage is collected at the next pause, not by the first cell that allocates after it.
        start().ContinueWith(_ => _warmUp.CollectWhenIdle(), TaskScheduler.Default);
    }

    /// <summary>Re-armed at the end of every cell, so it fires only after a pause; a cell running then re-arms it when it ends.</summary>
    private void StartAssistantWhenIdle()
    {
        if (Volatile.Read(ref _assistantStart) is not null)
            _assistantWhenIdle.Change(AssistantIdleDelay, Timeout.InfiniteTimeSpan);
    }

    private void StartAssistantIfIdle()
    {
        if (Volatile.Read(ref _cellsRunning) == 0)
            StartAssistant();
    }

    public ExecutionOutcome Execute(string code, ICellOutput? output, CancellationToken interrupt = default) => InCell(output, interrupt, cell =>
    {
        var outcome = ExecuteCell(code, importDepth: 0);
        // The value is the cell's last output, after everything it printed (#!time's line included).
        return outcome.HasValue && cell.Output is { } shown ? outcome with { Bundle = shown.Result(outcome.Value) } : outcome;
    });

    /// <summary>Runs a cell whose outputs no one shows (its printed text and displays are dropped): the interpreter on its own.</summary>
    public ExecutionOutcome Execute(string code, CancellationToken interrupt = default) => Execute(code, null, interrupt);

    public ExecutionOutcome Evaluate(string expression, ICellOutput? output, CancellationToken interrupt = default) => InCell(output, interrupt, cell =>
    {
        var outcome = Run(expression, keepState: false);
        return outcome.HasValue ? outcome with { Bundle = CellOutput.Format(outcome.Value, cell.Output) } : outcome;
    });

    /// <summary>Every cell and user expression runs here: on the cell thread, inside its own <see cref="CellScope"/>, after the warm-up.</summary>
    private ExecutionOutcome InCell(ICellOutput? output, CancellationToken interrupt, Func<CellScope, ExecutionOutcome> run) => _cells.Run(() =>
    {
        Interlocked.Increment(ref _cellsRunning);
        _warmUp.Stop();
        try
        {
            return InScope(output, interrupt, run);
        }
        finally
        {
            Interlocked.Decrement(ref _cellsRunning);
            _warmUp.ResumeWhenIdle();
            StartAssistantWhenIdle();
        }
    });

    private ExecutionOutcome InScope(ICellOutput? output, CancellationToken interrupt, Func<CellScope, ExecutionOutcome> run)
    {
        using var cell = CellScope.Begin(interrupt, output, _page, _console);
        // From the moment the cell is interrupted until it ends, blocking waits are woken (see InterruptWatchdog).
        using var watch = cell.Token.Register(_watchdog.Watch);
        try
        {
            // An interrupt while the first cell waits for the prelude stops that cell, never the prelude.
            _ready.WaitAsync(cell.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (cell.Interrupted)
        {
            return ExecutionOutcome.Failed(ExceptionFormatter.Interrupted());
        }
        return run(cell);
    }

    /// <summary>One cell's magics, packages and parts, in order; <c>#!import</c> comes back here for each imported cell.</summary>
    private ExecutionOutcome ExecuteCell(string code, int importDepth)
    {
        var magics = CellMagics.Parse(code);
        if (magics.Error is not null)
            return ExecutionOutcome.Failed(new ExecutionError("MagicCommandError", magics.Error, [magics.Error]));
        foreach (var source in magics.Sources.Where(s => !_restorer.AdditionalSources.Contains(s)))
            _restorer.AdditionalSources.Add(source);
        foreach (var package in magics.Packages)
        {
            if (PreloadedPackages.TryServe(package, out var served, out var note))
            {
                _restored[NuGetReference.Key(package.Reference)] = served;
                if (note is not null)
                    Console.Out.WriteLine(note);
                continue;
            }
            try
            {
                _restored[NuGetReference.Key(package.Reference)] = PreloadedPackages.WithoutKitAssemblies(_restorer.Restore(package));
            }
            catch (NuGetRestoreException e)
            {
                return ExecutionOutcome.Failed(new ExecutionError("NuGetRestoreError", e.Message, [e.Message]));
            }
        }
        var stopwatch = magics.Timed ? Stopwatch.StartNew() : null;
        try
        {
            var outcome = ExecutionOutcome.NoValue;
            foreach (var part in magics.Parts)
            {
                outcome = part switch
                {
                    CellPart.CSharp csharp => Run(csharp.Code, keepState: true),
                    CellPart.Value value => AssignValue(value),
                    CellPart.Import import => Import(import, importDepth),
                    _ => ShowPart(part),
                };
                if (outcome.Error is not null)
                    return outcome;
            }
            return outcome;
        }
        finally
        {
            if (stopwatch is not null)
                Console.Out.WriteLine($"Wall time: {stopwatch.Elapsed.TotalMilliseconds:F1} ms");
        }
    }

    private ExecutionOutcome ShowPart(CellPart part)
    {
        if (part is CellPart.Show show)
            PolyglotMagics.Show(show);
        else if (part is CellPart.Info info)
            PolyglotMagics.Info(info.Magic, _state!.Variables);
        return ExecutionOutcome.NoValue;
    }

    /// <summary><c>#!value --name x</c>: the text becomes the string variable <c>x</c> of the session.</summary>
    private ExecutionOutcome AssignValue(CellPart.Value value)
    {
        if (!SyntaxFacts.IsValidIdentifier(value.Name))
            return ExecutionOutcome.Failed(new ExecutionError("MagicCommandError", $"#!value --name {value.Name}: not a C# variable name.", []));
        var outcome = Run($"var {value.Name} = {SymbolDisplay.FormatLiteral(value.Content, quote: true)};", keepState: true);
        if (outcome.Error is null)
            PolyglotMagics.ShowValue(value);
        return outcome.Error is null ? ExecutionOutcome.NoValue : outcome;
    }

    /// <summary><c>#!import path</c>: each C# cell of the file runs into this session, as if it were typed here.</summary>
    private ExecutionOutcome Import(CellPart.Import import, int depth)
    {
        var path = Path.GetFullPath(Path.Combine(_workingDirectory, import.Path));
        IReadOnlyList<string> cells;
        try
        {
            if (depth >= 8)
                throw new InvalidOperationException($"#!import {import.Path}: imports nest more than 8 deep (does a file import itself?).");
            cells = NotebookImport.CSharpCells(path);
        }
        catch (Exception e) when (e is IOException or NotSupportedException or InvalidOperationException or UnauthorizedAccessException or Notebooks.NotebookFormatException)
        {
            var message = $"(line {import.Line}) {e.Message}";
            return ExecutionOutcome.Failed(new ExecutionError("ImportError", message, [message]));
        }
        for (var i = 0; i < cells.Count; i++)
        {
            var outcome = ExecuteCell(cells[i], depth + 1);
            if (outcome.Error is { } error)
            {
                var where = $"#!import {import.Path}: cell {i + 1}";
                return ExecutionOutcome.Failed(error with { Value = $"{where}: {error.Value}", Traceback = [where, .. error.Traceback] });
            }
        }
        return ExecutionOutcome.NoValue;
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
        var source = rewritten ? LoopInterruptRewriter.Rewrite(root) : code;
        var interrupt = CellInterrupt.Token;
        ScriptState<object> state;
        try
        {
            var script = CellCompilation.Prepare(previous.Script.ContinueWith<object>(source, options));
            // Compiled before the user's code starts (the executor is kept), so an interrupt that wakes
            // blocked code can only ever land in the user's code, never inside Roslyn. CreateDelegate emits and
            // throws on errors; Compile() would then bind the whole cell a second time just to list warnings,
            // which no one is shown (a cold first cell paid most for that second pass).
            script.CreateDelegate(interrupt);
            if (_cellNumber == 1)
                _trace?.Invoke("interpreter: first cell compiled");
            interrupt.ThrowIfCancellationRequested();
            using (_cells.UserCode())
            {
                var task = script.RunFromAsync(previous, catchException: _ => true);
                task.Wait(interrupt);
                state = task.Result;
            }
            if (_cellNumber == 1)
                _trace?.Invoke("interpreter: first cell ran");
        }
        catch (CompilationErrorException e) when (rewritten)
        {
            var diagnostics = CellCompilation.Prepare(previous.Script.ContinueWith(code, options)).Compile();
            return ExecutionOutcome.Failed(ExceptionFormatter.Compilation(
                diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? diagnostics : e.Diagnostics));
        }
        catch (CompilationErrorException e)
        {
            return ExecutionOutcome.Failed(ExceptionFormatter.Compilation(e.Diagnostics));
        }
        catch (Exception e) when (e is OperationCanceledException or ThreadInterruptedException && interrupt.IsCancellationRequested)
        {
            // Interrupted while compiling, or while awaiting something that ignores cancellation (then it is
            // abandoned): the session goes on from the previous cell's state.
            return ExecutionOutcome.Failed(ExceptionFormatter.Interrupted());
        }
        if (keepState)
        {
            _state = state;
            _assistant.AddSubmission(code);
        }
        if (state.Exception is { } exception)
            return ExecutionOutcome.Failed(exception is OperationCanceledException or ThreadInterruptedException && interrupt.IsCancellationRequested
                ? ExceptionFormatter.Interrupted()
                : ExceptionFormatter.Runtime(exception, (method, offset) => CellLines.Of(method, offset, state.Script)));
        return TrailingValue(root, state);
    }

    /// <summary>A cell shows a value only when it ends in an expression with no semicolon, like <c>6 * 7</c>.</summary>
    private static ExecutionOutcome TrailingValue(CompilationUnitSyntax root, ScriptState<object> state)
    {
        if (root.Members.LastOrDefault() is not GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } })
            return ExecutionOutcome.NoValue;
        var value = state.ReturnValue;
        // display(x) and x.Display() return a handle for updates; echoing the handle would show the value twice.
        if (value is Microsoft.DotNet.Interactive.Formatting.DisplayedValue)
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

    /// <summary>
    /// Stops the running cell: loops and Fit see the flag at once; code blocked in a sleep or a wait is woken
    /// (and woken again if it blocks again) until the cell ends. A cell that still runs after a few seconds is
    /// inside code that never checks (a native call, a tight loop in a library): the learner is told so.
    /// </summary>
    public void Interrupt() => CellInterrupt.Cancel();
}
