using NotebookKit.Jupyter.Execution;
using NotebookKit.Jupyter.Tests.Kernel;

namespace NotebookKit.Jupyter.Tests.Execution;

/// <summary>
/// Cells as Polyglot users wrote them compile as written: a trailing comment after a loop's closing brace,
/// <c>#region</c> blocks, no final newline, CRLF line ends. The loop rewrite must never change what parses.
/// </summary>
[Collection(InProcessKernelCollection.Name)]
public sealed class CellShapeTests(InterpreterFixture fixture)
{
    private readonly CSharpInterpreter _interpreter = fixture.Interpreter;

    [Theory]
    [InlineData("var total = 0;\nfor (var i = 0; i < 4; i++)\n{\n    total += i;\n} // end of for\ntotal")]
    [InlineData("var total = 0;\nfor (var i = 0; i < 4; i++)\n{\n    total += i;\n} // end of for")]
    [InlineData("var total = 0;\nfor (var i = 0; i < 4; i++)\n{\n    total += i;\n} // end of for\n")]
    [InlineData("var total = 0;\nfor (var i = 0; i < 4; i++) total += i; // one-line body\n")]
    [InlineData("var total = 0;\nforeach (var i in new[] { 0, 1, 2, 3 }) { total += i; } /* block comment */")]
    [InlineData("var total = 0;\nvar k = 0;\nwhile (k < 4) { total += k++; } // while")]
    [InlineData("var total = 0;\nvar k = 0;\ndo { total += k++; } while (k < 4); // do")]
    [InlineData("var total = 0;\r\nfor (var i = 0; i < 4; i++)\r\n{\r\n    total += i;\r\n} // CRLF\r\n")]
    [InlineData("var total = 0;\n#region sum\nfor (var i = 0; i < 4; i++)\n{\n    total += i;\n}\n#endregion")]
    [InlineData("var total = 0;\n#region sum\nfor (var i = 0; i < 4; i++) { total += i; } // inside\n#endregion\n")]
    [InlineData("var total = 0;\nfor (var i = 0; i < 4; i++)\n    for (var j = 0; j < 1; j++) { total += i; } // nested, last line\n")]
    [InlineData("var total = 0;\nfor (var i = 0; i < 4; i++)\n{\n    total += i; // inside\n}\n/// doc-style comment last")]
    public void A_loop_cell_with_a_trailing_comment_or_region_compiles_as_written(string cell)
    {
        var outcome = _interpreter.Execute(cell);

        Assert.Null(outcome.Error?.Traceback is { } t ? string.Join("\n", t) : null);
        Assert.Equal(6, _interpreter.Execute("total").Value);
    }

    [Theory]
    [InlineData("var answer = 6 * 7; // the answer")]
    [InlineData("#region setup\nvar answer = 6 * 7;\n#endregion")]
    [InlineData("if (true) { var unused = 0; } // trailing\nvar answer = 42;")]
    [InlineData("var answer = 42;\n// a last comment with no newline")]
    public void A_cell_without_loops_ending_in_a_comment_or_region_compiles(string cell)
    {
        var outcome = _interpreter.Execute(cell);

        Assert.Null(outcome.Error?.Traceback is { } t ? string.Join("\n", t) : null);
        Assert.Equal(42, _interpreter.Execute("answer").Value);
    }

    [Fact]
    public void A_trailing_expression_after_a_loop_with_a_comment_is_the_cells_value()
    {
        var outcome = _interpreter.Execute("var s = 0;\nfor (var i = 1; i <= 3; i++) { s += i; } // sum\ns // the value");

        Assert.True(outcome.HasValue);
        Assert.Equal(6, outcome.Value);
    }
}
