namespace Microsoft.DotNet.Interactive.Formatting;

/// <summary>
/// Makes <c>using Microsoft.DotNet.Interactive.Formatting;</c> — the first line of many Polyglot notebooks —
/// compile in NotebookKit, where <c>Formatter</c> comes from <c>NotebookKit.Display</c>. A namespace exists only
/// through a type in it; this one is internal so it can never clash with a name the user writes.
/// </summary>
internal static class PolyglotFormattingNamespace;
