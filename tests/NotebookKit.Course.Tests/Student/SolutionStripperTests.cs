using NotebookKit.Jupyter.Student;

namespace NotebookKit.Course.Tests.Student;

public class SolutionStripperTests
{
    [Fact]
    public void Block_becomes_your_code_here_and_the_declared_stub()
    {
        var source = "var x = 2;\n// BEGIN SOLUTION (stub: double answer = 0;)\ndouble answer = x * x;\n// END SOLUTION\nCheck.Close(answer, 4);";
        var stripped = SolutionStripper.Strip(source, "t");
        Assert.Equal("var x = 2;\n// YOUR CODE HERE\ndouble answer = 0;\nCheck.Close(answer, 4);", stripped);
    }

    [Fact]
    public void Block_without_stub_leaves_only_the_marker_line_and_keeps_indentation()
    {
        var source = "void Train()\n{\n    // BEGIN SOLUTION\n    Step();\n    Step();\n    // END SOLUTION\n}\n";
        Assert.Equal("void Train()\n{\n    // YOUR CODE HERE\n}\n", SolutionStripper.Strip(source, "t"));
    }

    [Fact]
    public void Several_blocks_in_one_cell_are_all_replaced()
    {
        var source = "// BEGIN SOLUTION (stub: int a = 0;)\nint a = 1;\n// END SOLUTION\nint b = 2;\n// BEGIN SOLUTION (stub: int c = 0;)\nint c = 3;\n// END SOLUTION";
        Assert.Equal("// YOUR CODE HERE\nint a = 0;\nint b = 2;\n// YOUR CODE HERE\nint c = 0;", SolutionStripper.Strip(source, "t"));
    }

    [Fact]
    public void Stub_may_contain_parentheses()
    {
        var source = "// BEGIN SOLUTION (stub: var W = Matrix<double>.Build.Dense(2, 3);)\nvar W = M();\n// END SOLUTION";
        Assert.Equal("// YOUR CODE HERE\nvar W = Matrix<double>.Build.Dense(2, 3);", SolutionStripper.Strip(source, "t"));
    }

    [Fact]
    public void Stripping_is_stable()
    {
        var source = "// BEGIN SOLUTION (stub: int a = 0;)\nint a = 1;\n// END SOLUTION\n";
        var once = SolutionStripper.Strip(source, "t");
        Assert.Equal(once, SolutionStripper.Strip(once, "t"));
        Assert.Equal("int plain = 1;\n", SolutionStripper.Strip("int plain = 1;\n", "t"));
    }

    [Theory]
    [InlineData("// BEGIN SOLUTION\nint a = 1;", "line 1: BEGIN SOLUTION is never closed")]
    [InlineData("int a = 1;\n// END SOLUTION", "line 2: END SOLUTION without a BEGIN SOLUTION")]
    [InlineData("// BEGIN SOLUTION\n// BEGIN SOLUTION\n// END SOLUTION", "line 2: BEGIN SOLUTION inside the block opened at line 1")]
    [InlineData("// BEGIN SOLUTION stub int a\n// END SOLUTION", "line 1: malformed solution marker")]
    [InlineData("// BEGIN SOLUTION\n// END SOLUTION here", "line 2: malformed solution marker")]
    public void Malformed_blocks_are_named_by_cell_and_line(string source, string expected)
    {
        var error = Assert.Throws<FormatException>(() => SolutionStripper.Strip(source, "lesson.ipynb: cell 3"));
        Assert.StartsWith("lesson.ipynb: cell 3: ", error.Message);
        Assert.Contains(expected, error.Message);
    }
}
