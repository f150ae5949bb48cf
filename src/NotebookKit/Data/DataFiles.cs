namespace NotebookKit.Data;

/// <summary>Reads the data files shipped inside this assembly (see Data/Files/NOTICE.md), checksum-verified.</summary>
internal static class DataFiles
{
    public static bool IsEmbedded(string fileName) =>
        typeof(DataFiles).Assembly.GetManifestResourceInfo(ResourceName(fileName)) is not null;

    public static byte[] ReadEmbedded(string fileName)
    {
        var name = ResourceName(fileName);
        using var stream = typeof(DataFiles).Assembly.GetManifestResourceStream(name)
            ?? throw new FileNotFoundException($"{fileName} is not embedded in NotebookKit.dll (resource {name}).", fileName);
        var content = new byte[stream.Length];
        stream.ReadExactly(content);
        DataChecksum.Verify(content, fileName, $"{fileName} (embedded in NotebookKit.dll)");
        return content;
    }

    public static byte[] ReadVerified(string path)
    {
        var content = File.ReadAllBytes(path);
        DataChecksum.Verify(content, Path.GetFileName(path), path);
        return content;
    }

    private static string ResourceName(string fileName) => "NotebookKit.Data.Files." + fileName;
}
