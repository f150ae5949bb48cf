using System.Text;
using System.Text.Json.Nodes;
using NotebookKit.Jupyter.Protocol;

namespace NotebookKit.Jupyter.Tests.Protocol;

/// <summary>
/// Long outputs (plotly.js: 3.6 M characters) are written in segments: the JSON must be byte for byte what the
/// one-piece writer makes, whatever sits at a segment's edge, and writing must not need buffers sized for the
/// whole string.
/// </summary>
public sealed class SegmentedStringTests
{
    private const int Edge = SegmentedString.SegmentLength;

    public static TheoryData<string, string> EdgeCases => new()
    {
        { "short with escapes", "a\"b\\c\nd\te</script>" },
        { "ascii, two segments and a bit", new string('x', 2 * Edge + 17) },
        { "quote and backslash on the edge", new string('x', Edge - 1) + "\"\\" + new string('y', Edge) },
        { "control character on the edge", new string('x', Edge - 1) + "\u0001\n" + new string('y', 10) },
        { "surrogate pair across the edge", new string('x', Edge - 1) + "😀" + new string('y', Edge + 3) },
        { "Chinese text", string.Concat(Enumerable.Repeat("神经网络的前向传播。", 5000)) },
    };

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Writes_the_same_json_as_one_piece(string name, string text)
    {
        var segmented = WireJson.ToUtf8(new JsonObject { ["text/html"] = SegmentedString.Create(text) });
        var whole = WireJson.ToUtf8(new JsonObject { ["text/html"] = JsonValue.Create(text) });

        Assert.True(whole.AsSpan().SequenceEqual(segmented), $"{name}: the segmented JSON differs from the one-piece JSON");
        Assert.Equal(text, JsonNode.Parse(segmented)!["text/html"]!.GetValue<string>());
    }

    [Fact]
    public void A_plotly_sized_string_needs_no_buffer_sized_for_the_whole_of_it()
    {
        var script = string.Concat(Enumerable.Repeat("function(a){return \"x\"+a;}\n", 150_000)); // 4.2 M characters
        var node = new JsonObject { ["text/html"] = SegmentedString.Create(script) };
        WireJson.ToUtf8(new JsonObject { ["text/html"] = SegmentedString.Create("warm") });

        var before = GC.GetAllocatedBytesForCurrentThread();
        var json = WireJson.ToUtf8(node);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // The output buffer grows by doubling to the JSON's size and is copied out once: about 3-4x the JSON.
        // Escaping the string in one piece rents 6 characters per character (a 64 MB char[] here) on top of that.
        Assert.True(allocated < 5L * json.Length, $"serializing {json.Length:N0} bytes of JSON allocated {allocated:N0} bytes");
    }
}
