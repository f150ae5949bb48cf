using NotebookKit.Jupyter.Execution;
using NotebookKit.Jupyter.Tests.Kernel;

namespace NotebookKit.Jupyter.Tests.Execution;

/// <summary>The Roslyn interpreter on its own: state, errors, magics, directives, completion, completeness.</summary>
[Collection(InProcessKernelCollection.Name)]
public sealed class CSharpInterpreterTests(InterpreterFixture fixture)
{
    private readonly CSharpInterpreter _interpreter = fixture.Interpreter;

    [Fact]
    public void Variables_and_types_carry_from_cell_to_cell()
    {
        _interpreter.Execute("record Point(int X, int Y);\nvar carried = new Point(2, 3);");

        var outcome = _interpreter.Execute("carried.X * carried.Y");

        Assert.True(outcome.HasValue);
        Assert.Equal(6, outcome.Value);
    }

    [Fact]
    public void A_statement_or_a_void_call_has_no_value_but_a_null_expression_does()
    {
        Assert.False(_interpreter.Execute("var unit = 1;").HasValue);
        Assert.False(_interpreter.Execute("Console.Write(\"\")").HasValue);
        var nullValue = _interpreter.Execute("(string?)null");
        Assert.True(nullValue.HasValue);
        Assert.Null(nullValue.Value);
    }

    [Fact]
    public void Every_compile_error_is_listed_at_its_cell_position()
    {
        var error = _interpreter.Execute("var ok = 1;\nint a = nope1;\n  int b = nope2;").Error!;

        Assert.Equal("CompilationError", error.Name);
        Assert.Equal(
            ["(2,9): error CS0103: The name 'nope1' does not exist in the current context",
             "(3,11): error CS0103: The name 'nope2' does not exist in the current context"],
            error.Traceback);
    }

    [Fact]
    public void Compile_errors_in_a_cell_with_loops_keep_the_users_columns()
    {
        var error = _interpreter.Execute("for (var i = 0; i < 2; i++) { var z = missingName; }").Error!;

        Assert.Equal("(1,39): error CS0103: The name 'missingName' does not exist in the current context", error.Traceback[0]);
    }

    [Fact]
    public void A_runtime_error_keeps_the_variables_assigned_before_it()
    {
        var error = _interpreter.Execute("var kept = 7;\nthrow new ArgumentException(\"bad argument\");").Error!;

        Assert.Equal("ArgumentException", error.Name);
        Assert.Equal("bad argument", error.Value);
        Assert.Contains("   at cell, line 2", error.Traceback);
        Assert.Equal(8, _interpreter.Execute("kept + 1").Value);
    }

    [Fact]
    public void A_runtime_error_names_the_line_of_each_cell_frame_the_declaring_cell_and_the_calling_one()
    {
        _interpreter.Execute("int DivideBy(int a, int b)\n{\n    var q = a / b;\n    return q;\n}");

        var error = _interpreter.Execute("var one = 1;\nforeach (var x in new[] { 1, 0 })\n{\n    DivideBy(one, x);\n}").Error!;

        Assert.Equal("DivideByZeroException", error.Name);
        Assert.Equal(["   at DivideBy in cell, line 3", "   at cell, line 4"], error.Traceback.Skip(1));
    }

    [Fact]
    public void Polyglot_magics_are_understood_or_rejected_by_name()
    {
        Assert.Null(_interpreter.Execute("#!csharp\nvar polyglot = 1;").Error);
        var unsupported = _interpreter.Execute("#!fsharp\nlet x = 1").Error!;

        Assert.Contains("'#!fsharp' is not supported", unsupported.Value);
        Assert.Contains("(line 1)", unsupported.Value);
    }

    [Fact]
    public void Time_magic_prints_the_wall_time_of_the_cell()
    {
        var output = new RecordingOutput();

        Assert.Null(_interpreter.Execute("#!time\nvar timed = 1;", output).Error);

        Assert.Matches(@"^Wall time: \d+\.\d ms", Assert.Single(output.Calls).Text);
    }

    [Fact]
    public void Load_directive_runs_a_csx_file_into_the_session()
    {
        var file = Path.Combine(Path.GetTempPath(), $"helper-{Guid.NewGuid():N}.csx");
        File.WriteAllText(file, "int Triple(int v) => 3 * v;");
        try
        {
            var outcome = _interpreter.Execute($"#load \"{file}\"\nTriple(5)");

            Assert.Null(outcome.Error);
            Assert.Equal(15, outcome.Value);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Reference_directive_loads_an_assembly_by_path()
    {
        var path = typeof(System.Xml.Linq.XDocument).Assembly.Location;

        var outcome = _interpreter.Execute($"#r \"{path}\"\nnew System.Xml.Linq.XElement(\"leaf\").ToString()");

        Assert.Null(outcome.Error);
        Assert.Equal("<leaf />", outcome.Value);
    }

    [Fact]
    public void A_nuget_package_that_cannot_be_restored_gives_a_clear_error()
    {
        var error = _interpreter.Execute("#r \"nuget: NotebookKit.NoSuchPackage.Anywhere, 9.9.9\"\nvar n = 1;").Error!;

        Assert.Equal("NuGetRestoreError", error.Name);
        Assert.Contains("NotebookKit.NoSuchPackage.Anywhere", error.Value);
        Assert.Contains("could not be restored", error.Value);
    }

    [Theory]
    [InlineData("int x = 1;", "complete")]
    [InlineData("1", "complete")]
    [InlineData("", "complete")]
    [InlineData("for (var i = 0; i < 3; i++) {", "incomplete")]
    [InlineData("Console.WriteLine(", "incomplete")]
    [InlineData("var s = new List<int> {", "incomplete")]
    [InlineData("int x = ;}", "invalid")]
    [InlineData("}", "invalid")]
    [InlineData("Console.WriteLine(1));", "invalid")]
    public void Is_complete_classifies_code(string code, string status)
    {
        Assert.Equal(status, _interpreter.IsComplete(code).Status);
    }

    [Fact]
    public void Completion_sees_earlier_cells_and_replaces_the_typed_prefix()
    {
        _interpreter.Execute("var trainingLoss = 0.5;");

        var result = _interpreter.Complete("trainingL", 9);

        Assert.Contains("trainingLoss", result.Matches);
        Assert.Equal(0, result.Start);
        Assert.Equal(9, result.End);
    }

    [Fact]
    public void Inspection_of_a_framework_method_includes_its_summary()
    {
        var result = _interpreter.Inspect("Math.Abs(-1)", 6, 0);

        Assert.True(result.Found);
        Assert.Contains("Math.Abs", result.PlainText);
        Assert.Contains("absolute value", result.PlainText);
    }
}
