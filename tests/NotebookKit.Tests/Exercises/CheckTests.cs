using MathNet.Numerics.LinearAlgebra;
using NotebookKit.Exercises;

namespace NotebookKit.Tests.Exercises;

public class CheckTests
{
    [Fact]
    public void Close_passes_within_tolerance_and_marks_it()
    {
        var result = Check.Close(0.30000001, 0.3, tol: 1e-6, what: "sum");
        Assert.True(result.Passed);
        Assert.StartsWith("✓ sum", result.Message);
    }

    [Fact]
    public void Close_fails_with_both_values_and_the_hint()
    {
        var result = Check.Close(0.5, 0.25, hint: "square the error", what: "loss");
        Assert.False(result.Passed);
        Assert.StartsWith("✗ loss", result.Message);
        Assert.Contains("got 0.5", result.Message);
        Assert.Contains("expected 0.25", result.Message);
        Assert.EndsWith("Hint: square the error", result.Message);
    }

    [Fact]
    public void Close_is_relative_for_large_values()
    {
        Assert.True(Check.Close(1_000_000.5, 1_000_000.0, tol: 1e-6).Passed);
        Assert.False(Check.Close(1_000_002.0, 1_000_000.0, tol: 1e-6).Passed);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Close_fails_on_nan_and_infinity_without_throwing(double actual)
    {
        Assert.False(Check.Close(actual, 1.0, tol: 1e9).Passed);
    }

    [Fact]
    public void That_reports_the_condition()
    {
        Assert.True(Check.That(2 > 1, what: "order").Passed);
        var failed = Check.That(false, hint: "look again", what: "order");
        Assert.Equal("✗ order: not satisfied. Hint: look again", failed.Message);
    }

    [Fact]
    public void Equal_handles_values_and_null()
    {
        Assert.True(Check.Equal(3, 3).Passed);
        Assert.Contains("got 2, expected 3", Check.Equal(2, 3).Message);
        Assert.Contains("not computed yet", Check.Equal<string>(null, "xor").Message);
    }

    [Fact]
    public void Vector_check_names_the_first_wrong_entry()
    {
        Assert.True(Check.Close(new[] { 1.0, 2.0 }, new[] { 1.0, 2.0 }).Passed);
        Assert.Contains("entry [1] is 2.5", Check.Close(new[] { 1.0, 2.5 }, new[] { 1.0, 2.0 }).Message);
        Assert.Contains("length 1, expected 2", Check.Close(new[] { 1.0 }, new[] { 1.0, 2.0 }).Message);
        Assert.False(Check.Close((double[]?)null, new[] { 1.0 }).Passed);
    }

    [Fact]
    public void Matrix_check_compares_shape_then_entries()
    {
        var expected = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 2.0 }, { 3.0, 4.0 } });
        Assert.True(Check.Matrix(expected.Clone(), expected).Passed);

        var wrongShape = Check.Matrix(expected.Transpose().SubMatrix(0, 1, 0, 2), expected, what: "W");
        Assert.Contains("W: has shape 1×2, expected 2×2", wrongShape.Message);

        var wrongEntry = expected.Clone();
        wrongEntry[1, 0] = 3.5;
        Assert.Contains("entry [1,0] is 3.5, expected 3", Check.Matrix(wrongEntry, expected).Message);
        Assert.False(Check.Matrix((Matrix<double>?)null, expected).Passed);
    }

    [Fact]
    public void Float_matrices_are_checked_too()
    {
        var expected = Matrix<float>.Build.Dense(2, 3, 0.5f);
        Assert.True(Check.Matrix(expected.Clone(), expected).Passed);
        Assert.False(Check.Matrix(Matrix<float>.Build.Dense(2, 3, 0.6f), expected).Passed);
    }

    [Fact]
    public void Result_text_is_its_message()
    {
        var result = Check.Close(1.0, 1.0);
        Assert.Equal(result.Message, result.ToString());
    }
}
