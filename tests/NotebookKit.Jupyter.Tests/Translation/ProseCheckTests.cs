using NotebookKit.Jupyter.Translation;

namespace NotebookKit.Jupyter.Tests.Translation;

public sealed class ProseCheckTests
{
    [Fact]
    public void Chinese_prose_with_terms_code_and_math_passes()
    {
        const string cell = """
            ## 梯度下降

            **梯度下降**(gradient descent)沿着损失函数(loss function)下降最快的方向走一小步:
            $$w \leftarrow w - \eta \nabla L(w)$$
            代码里学习率叫 `learningRate`,见 [NotebookKit](https://example.org/some/english/path)。

            ```
            dotnet run --project src/NotebookKit.Cli -- install --user
            ```
            """;
        Assert.Empty(ProseCheck.Untranslated(cell));
    }

    [Fact]
    public void An_english_paragraph_is_found_with_its_line()
    {
        const string cell = "## 为什么\n\n你的大脑约有 860 亿个神经元。\nEach one collects signals from others through synapses.";
        var problems = ProseCheck.Untranslated(cell);
        Assert.Equal("line 4: English line: \"Each one collects signals from others through synapses.\"", problems[0]);
        Assert.Contains("of the prose is Chinese", problems[1]);
    }

    [Fact]
    public void An_english_sentence_inside_a_chinese_line_is_found()
    {
        const string cell = "神经元会把输入加起来, and if the total is large enough it fires a signal of its own。";
        Assert.Contains("English words in a row: \"and if the total is large enough it fires", ProseCheck.Untranslated(cell)[0]);
    }

    [Fact]
    public void Math_and_code_do_not_count_as_english()
    {
        Assert.Equal("  和   相同。", ProseCheck.Prose("$W^{(l)} \\text{in} \\times \\text{out}$ 和 `Matrix<double>.Build.Dense(rows, columns)` 相同。"));
    }
}
