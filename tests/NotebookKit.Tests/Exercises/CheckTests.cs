using MathNet.Numerics.LinearAlgebra;
using System.Text.RegularExpressions;
using NotebookKit.Exercises;
using NotebookKit.Tests.Localization;

namespace NotebookKit.Tests.Exercises;

// Failure counts are per `what` for the process: every test names its checks uniquely, so tests stay independent.
// The messages are asserted in English unless a test chooses Chinese; the language is one choice per process.
[Collection(KitLanguageCollection.Name)]
public sealed partial class CheckTests : IDisposable
{
    public CheckTests() => KitLanguage.Use(KitLanguage.English);

    public void Dispose() => KitLanguage.Reset();

    private static Matrix<double> M(double[,] values) => Matrix<double>.Build.DenseOfArray(values);

    [Fact]
    public void Close_passes_within_tolerance_and_marks_it()
    {
        var result = Check.Close(0.30000001, 0.3, tol: 1e-6, what: "sum");
        Assert.True(result.Passed);
        Assert.StartsWith("✓ sum", result.Message);
    }

    [Fact]
    public void Close_fails_with_the_kind_of_error_and_the_hint_but_never_the_answer()
    {
        var result = Check.Close(0.5, 0.25, hint: "square the error", what: "close-loss");
        Assert.False(result.Passed);
        Assert.Equal("✗ close-loss: is too large. Hint: square the error", result.Message);
        Assert.DoesNotContain("0.25", result.Message);
        Assert.Contains("too small", Check.Close(0.1, 0.25, what: "close-small").Message);
    }

    [Theory]
    [InlineData(-0.25, "wrong sign")]
    [InlineData(0.0, "is 0")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "infinite")]
    [InlineData(0.2501, "close, but not within the tolerance 1E-06")]
    public void Close_names_what_kind_of_wrong(double actual, string kind)
    {
        var result = Check.Close(actual, 0.25, what: "kind " + kind);
        Assert.False(result.Passed);
        Assert.Contains(kind, result.Message);
        Assert.DoesNotContain("0.25", result.Message.Replace("0.2501", ""));
    }

    [Fact]
    public void Close_is_relative_for_large_values()
    {
        Assert.True(Check.Close(1_000_000.5, 1_000_000.0, tol: 1e-6).Passed);
        Assert.False(Check.Close(1_000_002.0, 1_000_000.0, tol: 1e-6, what: "relative-large").Passed);
    }

    [Fact]
    public void The_second_hint_appears_from_the_second_failure_of_the_same_check_on()
    {
        var first = Check.Close(1.0, 2.0, hint: "idea", what: "hint2-probe", hint2: "specific");
        Assert.EndsWith("Hint: idea", first.Message);
        var second = Check.Close(1.0, 2.0, hint: "idea", what: "hint2-probe", hint2: "specific");
        Assert.EndsWith("Hint: idea Look closer: specific", second.Message);
        Assert.Equal(2, Check.FailuresOf("hint2-probe"));

        Check.Close(2.0, 2.0, what: "hint2-probe");   // a pass does not count
        Assert.Equal(2, Check.FailuresOf("hint2-probe"));
        Assert.DoesNotContain("specific", Check.Close(1.0, 2.0, hint: "idea", what: "hint2-other", hint2: "specific").Message);
    }

    [Fact]
    public void That_reports_the_condition()
    {
        Assert.True(Check.That(2 > 1, what: "order").Passed);
        var failed = Check.That(false, hint: "look again", what: "that-order");
        Assert.Equal("✗ that-order: not satisfied. Hint: look again", failed.Message);
    }

    [Fact]
    public void Equal_gives_numbers_a_direction_and_other_values_no_answer()
    {
        Assert.True(Check.Equal(3, 3).Passed);
        Assert.Equal("✗ equal-int: is too small.", Check.Equal(2, 3, what: "equal-int").Message);
        var word = Check.Equal("and", "xor", what: "equal-string");
        Assert.Equal("✗ equal-string: is not right yet.", word.Message);
        Assert.Contains("not computed yet", Check.Equal<string>(null, "xor", what: "equal-null").Message);
    }

    [Fact]
    public void Vector_check_names_the_first_wrong_entry_without_its_value()
    {
        Assert.True(Check.Close(new[] { 1.0, 2.0 }, new[] { 1.0, 2.0 }).Passed);
        var entry = Check.Close(new[] { 1.0, 2.5 }, new[] { 1.0, 2.0 }, what: "vec-entry").Message;
        Assert.Equal("✗ vec-entry: entry [1] is too large.", entry);
        Assert.Contains("length 1, should have length 2", Check.Close(new[] { 1.0 }, new[] { 1.0, 2.0 }, what: "vec-len").Message);
        Assert.False(Check.Close((double[]?)null, new[] { 1.0 }, what: "vec-null").Passed);
        Assert.Contains("2 of 3 entries", Check.Close(new[] { 1.0, 7.0, -4.0 }, new[] { 1.0, 2.0, 3.0 }, what: "vec-many").Message);
    }

    [Fact]
    public void Vector_check_sees_a_sign_flip_a_common_factor_and_all_zeros()
    {
        var expected = new[] { 0.5, -1.0, 2.0 };
        Assert.Contains("every entry has the wrong sign", Check.Close(expected.Select(v => -v).ToArray(), expected, what: "vec-sign").Message);
        var scaled = Check.Close(expected.Select(v => v * 4).ToArray(), expected, what: "vec-factor").Message;
        Assert.Contains("every entry is off by the same factor", scaled);
        Assert.DoesNotContain("4", scaled);
        Assert.Equal("✗ vec-zero: every entry is 0: is it computed yet?", Check.Close(new double[3], expected, what: "vec-zero").Message);
    }

    [Fact]
    public void Matrix_check_compares_shape_then_entries()
    {
        var expected = M(new[,] { { 1.0, 2.0, 0.0 }, { 3.0, 4.0, 0.0 } });
        Assert.True(Check.Matrix(expected.Clone(), expected).Passed);

        Assert.Equal("✗ mat-shape: has shape 1×3, should have shape 2×3.", Check.Matrix(expected.SubMatrix(0, 1, 0, 3), expected, what: "mat-shape").Message);
        Assert.Contains("the transpose of the shape wanted", Check.Matrix(expected.Transpose(), expected, what: "mat-t").Message);

        var wrongEntry = expected.Clone();
        wrongEntry[1, 0] = 3.5;
        Assert.Equal("✗ mat-entry: entry [1,0] is too large.", Check.Matrix(wrongEntry, expected, what: "mat-entry").Message);
        Assert.Contains("entry [0,2] is too large", Check.Matrix(expected.Map(v => v == 0 ? 1.0 : v), expected, what: "mat-zero").Message);
        Assert.False(Check.Matrix((Matrix<double>?)null, expected, what: "mat-null").Passed);
    }

    [Fact]
    public void Float_matrices_are_checked_too()
    {
        var expected = Matrix<float>.Build.Dense(2, 3, 0.5f);
        Assert.True(Check.Matrix(expected.Clone(), expected).Passed);
        Assert.False(Check.Matrix(Matrix<float>.Build.Dense(2, 3, 0.6f), expected, what: "float-mat").Passed);
    }

    [Fact]
    public void Result_text_is_its_message()
    {
        var result = Check.Close(1.0, 1.0);
        Assert.Equal(result.Message, result.ToString());
    }

    [Fact]
    public void A_check_without_a_name_is_named_in_the_kit_language()
    {
        Assert.StartsWith("✗ value: ", Check.Close(1.0, 2.0).Message);
        Assert.StartsWith("✓ matrix (", Check.Matrix(M(new[,] { { 1.0 } }), M(new[,] { { 1.0 } })).Message);
        KitLanguage.Use(KitLanguage.SimplifiedChinese);
        Assert.Equal("✗ 值：偏大。", Check.Close(3.0, 2.0).Message);
        Assert.Equal("✓ 条件", Check.That(true).Message);
        Assert.Equal("✓ 向量（2 个元素）全部正确", Check.Close(new[] { 1.0, 2.0 }, new[] { 1.0, 2.0 }).Message);
        Assert.Equal("✓ 矩阵（1×1）全部正确", Check.Matrix(M(new[,] { { 1.0 } }), M(new[,] { { 1.0 } })).Message);
    }

    [Fact]
    public void A_chinese_failure_is_written_in_chinese_with_its_hints_and_never_the_answer()
    {
        KitLanguage.Use(KitLanguage.SimplifiedChinese);
        var first = Check.Close(0.5, 0.25, hint: "把误差平方", what: "zh-损失", hint2: "先平方再求平均");
        Assert.False(first.Passed);
        Assert.Equal("✗ zh-损失：偏大。提示：把误差平方。", first.Message);
        Assert.Equal("✗ zh-损失：偏大。提示：把误差平方。进一步提示：先平方再求平均。",
            Check.Close(0.5, 0.25, hint: "把误差平方", what: "zh-损失", hint2: "先平方再求平均").Message);
        // A hint that closes its own sentence is not closed twice.
        Assert.Equal("✗ zh-问句：偏小。提示：平方了吗？", Check.Close(0.1, 0.25, hint: "平方了吗？", what: "zh-问句").Message);

        var failures = new[]
        {
            Check.Close(-0.25, 0.25, what: "zh-符号"),
            Check.Close(double.NaN, 0.25, what: "zh-nan"),
            Check.Close(double.PositiveInfinity, 0.25, what: "zh-inf"),
            Check.Close(0.2501, 0.25, what: "zh-接近"),
            Check.Equal("and", "xor", what: "zh-字符串"),
            Check.Equal<string>(null, "xor", what: "zh-null"),
            Check.That(false, what: "zh-条件"),
            Check.Close(new[] { 1.0 }, new[] { 1.0, 0.25 }, what: "zh-长度"),
            Check.Close(new[] { 1.0, 7.0, -4.0 }, new[] { 1.0, 0.25, 3.0 }, what: "zh-多项"),
            Check.Close(new[] { -0.5, 1.0 }, new[] { 0.5, -1.0 }, what: "zh-全反"),
            Check.Close(new[] { 2.0, 4.0 }, new[] { 0.5, 1.0 }, what: "zh-倍数"),
            Check.Matrix(M(new[,] { { 1.0, 2.0 } }), M(new[,] { { 1.0 }, { 0.25 } }), what: "zh-转置"),
            Check.Matrix(M(new[,] { { 1.0, 2.0 } }), M(new[,] { { 1.0, 0.25, 3.0 } }), what: "zh-形状"),
        };
        foreach (var failure in failures)
        {
            Assert.False(failure.Passed);
            Assert.StartsWith("✗ zh-", failure.Message);
            Assert.DoesNotContain("0.25", failure.Message);
            Assert.DoesNotContain("xor", failure.Message);
            // After the name, the reason is Chinese: no English word of the English table is left.
            var why = failure.Message[(failure.Message.IndexOf('：') + 1)..];
            Assert.Matches(Han(), why);
            Assert.DoesNotMatch(EnglishWords(), why);
        }
        Assert.Equal("✗ zh-多项：元素 [1] 偏大；共 3 个元素，其中 2 个不对。", failures[8].Message);
        Assert.Equal("✗ zh-转置：形状是 1×2：恰好是所需形状的转置。", failures[11].Message);
        Assert.Equal("✗ zh-全零：每个元素都是 0：算过了吗？", Check.Close(new double[2], new[] { 0.5, 1.0 }, what: "zh-全零").Message);
    }

    [Fact]
    public void Switching_back_to_english_prints_english_again()
    {
        KitLanguage.Use(KitLanguage.SimplifiedChinese);
        Assert.Contains("偏大", Check.Close(2.0, 1.0, what: "switch-zh").Message);
        KitLanguage.Use(KitLanguage.English);
        Assert.Equal("✗ switch-en: is too large.", Check.Close(2.0, 1.0, what: "switch-en").Message);
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    // Words of the English messages (NaN and null are the same in both languages).
    [GeneratedRegex(@"\b(is|has|entry|entries|every|too|wrong|shape|length|Hint|value|matches)\b")]
    private static partial Regex EnglishWords();
}
