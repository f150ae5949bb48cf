using System.Text.Json;
using System.Text.Json.Serialization;

namespace NotebookKit.Jupyter.Protocol;

/// <summary>
/// The connection file a client writes before starting a kernel: where the five sockets bind and the
/// key every message is signed with. Names are the file's own.
/// </summary>
public sealed record ConnectionInfo
{
    [JsonPropertyName("transport")] public string Transport { get; init; } = "tcp";
    [JsonPropertyName("ip")] public string Ip { get; init; } = "127.0.0.1";
    [JsonPropertyName("shell_port")] public int ShellPort { get; init; }
    [JsonPropertyName("iopub_port")] public int IopubPort { get; init; }
    [JsonPropertyName("stdin_port")] public int StdinPort { get; init; }
    [JsonPropertyName("control_port")] public int ControlPort { get; init; }
    [JsonPropertyName("hb_port")] public int HeartbeatPort { get; init; }
    [JsonPropertyName("key")] public string Key { get; init; } = "";
    [JsonPropertyName("signature_scheme")] public string SignatureScheme { get; init; } = "hmac-sha256";
    [JsonPropertyName("kernel_name")] public string? KernelName { get; init; }

    /// <summary>The ZeroMQ endpoint of one port, e.g. <c>tcp://127.0.0.1:5555</c>.</summary>
    public string Endpoint(int port) => Transport == "ipc" ? $"ipc://{Ip}-{port}" : $"{Transport}://{Ip}:{port}";

    public static ConnectionInfo Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"Connection file '{path}' does not exist.", path);
        var info = JsonSerializer.Deserialize<ConnectionInfo>(File.ReadAllText(path))
            ?? throw new InvalidDataException($"Connection file '{path}' is empty.");
        if (info.SignatureScheme != "hmac-sha256")
            throw new InvalidDataException($"Connection file '{path}': signature_scheme '{info.SignatureScheme}' is not supported (only hmac-sha256).");
        return info;
    }

    /// <summary>Writes the file atomically (temp file + rename), as a client does before starting a kernel.</summary>
    public void Save(string path)
    {
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(this, new JsonSerializerOptions { WriteIndented = true }));
        File.Move(temp, path, overwrite: true);
    }
}
