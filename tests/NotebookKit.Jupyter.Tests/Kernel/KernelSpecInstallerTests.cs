using System.Buffers.Binary;
using System.Text.Json.Nodes;
using NotebookKit.Jupyter.Kernel;

namespace NotebookKit.Jupyter.Tests.Kernel;

public class KernelSpecInstallerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nk-spec-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Install_writes_kernel_json_and_both_logos_at_their_sizes()
    {
        var spec = KernelSpecInstaller.Install(_folder, ["/opt/nk/notebookkit"]);

        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(spec, "kernel.json")))!;
        Assert.Equal("/opt/nk/notebookkit", (string?)json["argv"]![0]);
        Assert.Equal("{connection_file}", (string?)json["argv"]!.AsArray().Last());
        foreach (var size in new[] { 32, 64 })
        {
            var png = File.ReadAllBytes(Path.Combine(spec, $"logo-{size}x{size}.png"));
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
            // IHDR follows the 8-byte signature and the chunk's length and type: width, then height, big-endian.
            Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
            Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        }
        Assert.Empty(Directory.GetFiles(spec, "*.tmp"));
    }
}
