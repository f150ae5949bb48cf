using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// Makes every loop interruptible: <c>while (c) body</c> becomes <c>while (c) { Check(); body }</c>
/// (also for, foreach, do). The inserted code adds no line breaks, so line numbers in errors and stack
/// traces still match the cell the user wrote.
/// </summary>
internal sealed class LoopInterruptRewriter : CSharpSyntaxRewriter
{
    private static readonly StatementSyntax CheckStatement = SyntaxFactory.ParseStatement(
        "global::NotebookKit.Jupyter.Execution.CellInterrupt.Check();");

    /// <summary>A parsed cell's text with its loops made interruptible.</summary>
    public static string Rewrite(SyntaxNode root) => new LoopInterruptRewriter().Visit(root).ToFullString();

    /// <summary>Code the kernel writes itself (the prelude's loop, the warm-up's cells), parsed and rewritten as a cell is.</summary>
    public static string Rewrite(string script) => Rewrite(SyntaxFactory.ParseSyntaxTree(script, CSharpInterpreter.ParseOptions).GetRoot());

    public static bool HasLoops(SyntaxNode root) =>
        root.DescendantNodes().Any(n => n is WhileStatementSyntax or ForStatementSyntax or CommonForEachStatementSyntax or DoStatementSyntax);

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node)
    {
        var visited = (WhileStatementSyntax)base.VisitWhileStatement(node)!;
        return visited.WithStatement(Guard(visited.Statement));
    }

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node)
    {
        var visited = (ForStatementSyntax)base.VisitForStatement(node)!;
        return visited.WithStatement(Guard(visited.Statement));
    }

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node)
    {
        var visited = (ForEachStatementSyntax)base.VisitForEachStatement(node)!;
        return visited.WithStatement(Guard(visited.Statement));
    }

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node)
    {
        var visited = (ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!;
        return visited.WithStatement(Guard(visited.Statement));
    }

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node)
    {
        var visited = (DoStatementSyntax)base.VisitDoStatement(node)!;
        return visited.WithStatement(Guard(visited.Statement));
    }

    private static BlockSyntax Guard(StatementSyntax body) =>
        // The wrapper takes over the body's outer trivia: its leading trivia goes before the new '{' and its
        // trailing trivia (a "// end of for" comment, the line break, an #endregion on the next line) after the
        // new '}'. Left inside, a trailing line comment would swallow the '}' (CS1513) and a directive would
        // no longer start its line (CS1040).
        SyntaxFactory.Block(CheckStatement, body.WithoutLeadingTrivia().WithoutTrailingTrivia())
            .WithOpenBraceToken(SyntaxFactory.Token(body.GetLeadingTrivia(), SyntaxKind.OpenBraceToken, SyntaxFactory.TriviaList()))
            .WithCloseBraceToken(SyntaxFactory.Token(SyntaxFactory.TriviaList(), SyntaxKind.CloseBraceToken, body.GetTrailingTrivia()));
}
