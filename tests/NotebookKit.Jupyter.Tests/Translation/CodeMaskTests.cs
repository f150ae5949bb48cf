using NotebookKit.Jupyter.Translation;

namespace NotebookKit.Jupyter.Tests.Translation;

/// <summary>What a translation may change in a code cell (shown text) and what it may not (everything else).</summary>
public sealed class CodeMaskTests
{
    private const string English = """
        // train a tiny net
        var history = model.Fit(x, y, epochs: 3);   // three epochs
        Console.WriteLine($"loss after {history.Epochs} epochs: {history.Values["loss"][^1]:F4}");
        Check.Close(dot, 3.0, hint: "multiply entry by entry", what: "u · v");
        """;

    [Fact]
    public void Translated_strings_and_comments_keep_the_code_identical()
    {
        const string chinese = """
            // 训练一个小网络
            var history = model.Fit(x, y, epochs: 3); // 三轮
            Console.WriteLine($"训练 {history.Epochs} 轮后的损失:{history.Values["损失"][^1]:F4}");
            Check.Close(dot, 3.0, hint: "逐项相乘,再相加", what: "u · v");
            """;
        Assert.Empty(TranslationCheck.CodeDifference(English, chinese));
        Assert.Equal(CodeMask.Of(English), CodeMask.Of(chinese));
    }

    [Theory]
    [InlineData("epochs: 3", "epochs: 4")]              // a number
    [InlineData("model.Fit", "model.Train")]           // an identifier
    [InlineData("{history.Epochs}", "{history.Epochs + 1}")]   // a hole of an interpolated string
    [InlineData(":F4}", ":F2}")]                       // a format specifier
    [InlineData("hint: ", "what: ")]                   // a named argument
    [InlineData("3.0, hint", "3.0,\n    hint")]        // the line structure
    public void Any_change_outside_strings_and_comments_is_a_difference(string from, string to)
    {
        var changed = English.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(English, changed);
        var difference = Assert.Single(TranslationCheck.CodeDifference(English, changed));
        Assert.Contains("English:", difference);
    }

    [Fact]
    public void Solution_markers_and_stubs_must_stay_as_they_are()
    {
        const string reference = "// BEGIN SOLUTION (stub: double dot = 0;)\ndouble dot = u * v;\n// END SOLUTION";
        Assert.Empty(TranslationCheck.CodeDifference(reference, reference));
        Assert.NotEmpty(TranslationCheck.CodeDifference(reference, reference.Replace("dot = 0", "dot = 1", StringComparison.Ordinal)));
        Assert.NotEmpty(TranslationCheck.CodeDifference(reference, reference.Replace("// END SOLUTION", "// 答案结束", StringComparison.Ordinal)));
        Assert.True(CodeMask.IsSolutionMarker("// YOUR CODE HERE"));
    }

    [Fact]
    public void Directives_and_char_literals_are_code()
    {
        const string source = "#r \"nuget: Plotly.NET, 6.0.0\"\nvar bar = new string('#', 3);";
        Assert.NotEmpty(TranslationCheck.CodeDifference(source, source.Replace("6.0.0", "6.0.1", StringComparison.Ordinal)));
        Assert.NotEmpty(TranslationCheck.CodeDifference(source, source.Replace("'#'", "'*'", StringComparison.Ordinal)));
    }

    [Fact]
    public void Raw_and_verbatim_strings_are_text()
    {
        const string source = "var a = @\"C:\\data\";\nvar b = \"\"\"\n    raw text\n    \"\"\";";
        const string translated = "var a = @\"C:\\数据\";\nvar b = \"\"\"\n    原始文本\n    \"\"\";";
        Assert.Empty(TranslationCheck.CodeDifference(source, translated));
    }
}
