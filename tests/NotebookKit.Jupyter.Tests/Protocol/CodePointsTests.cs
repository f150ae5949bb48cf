using NotebookKit.Jupyter.Protocol;

namespace NotebookKit.Jupyter.Tests.Protocol;

public class CodePointsTests
{
    [Fact]
    public void Ascii_positions_are_the_same_in_both_units()
    {
        Assert.Equal(5, CodePoints.ToUtf16Index("hello world", 5));
        Assert.Equal(5, CodePoints.FromUtf16Index("hello world", 5));
    }

    [Fact]
    public void A_character_outside_the_bmp_is_one_code_point_and_two_utf16_units()
    {
        const string code = "var s = \"😀\"; s.Len";

        Assert.Equal(code.Length, CodePoints.ToUtf16Index(code, code.Length - 1));
        Assert.Equal(code.Length - 1, CodePoints.FromUtf16Index(code, code.Length));
    }

    [Fact]
    public void Positions_past_the_end_clamp_to_the_end()
    {
        Assert.Equal(3, CodePoints.ToUtf16Index("abc", int.MaxValue));
    }
}
