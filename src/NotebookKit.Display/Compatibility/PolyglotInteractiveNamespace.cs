namespace Microsoft.DotNet.Interactive;

/// <summary>
/// Makes <c>using Microsoft.DotNet.Interactive;</c> compile (Polyglot notebooks imported it for <c>display</c>
/// and <c>Kernel</c>); the helpers themselves are <c>NotebookKit.Display.NotebookGlobals</c>'.
/// </summary>
internal static class PolyglotInteractiveNamespace;
