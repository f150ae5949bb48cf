using System.Text;

namespace NotebookKit.Training;

public partial class Sequential<T>
{
    /// <summary>"NKWT": the first four bytes of a weights file.</summary>
    private const uint WeightsMagic = 0x54574B4E;

    /// <summary>The weights file format this code writes and reads.</summary>
    public const int WeightsFormatVersion = 1;

    /// <summary>A copy of every parameter's values, in <see cref="Parameters"/> order.</summary>
    public IReadOnlyList<T[]> GetWeights()
    {
        TryBuildFromDeclaredShape();
        return parameters.Select(p => (T[])p.ValueStorage.Clone()).ToList();
    }

    /// <summary>Overwrites every parameter from <paramref name="weights"/> (as returned by <see cref="GetWeights"/>).</summary>
    public void SetWeights(IReadOnlyList<T[]> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        TryBuildFromDeclaredShape();
        if (weights.Count != parameters.Count)
            throw new ArgumentException($"Expected {parameters.Count} weight arrays (one per parameter), got {weights.Count}.", nameof(weights));
        for (int i = 0; i < parameters.Count; i++)
            if (weights[i] is null || weights[i].Length != parameters[i].Length)
                throw new ArgumentException(
                    $"Weight array {i} ({OwnerOf(parameters[i])} {parameters[i].Name}) needs {parameters[i].Length} values, got {weights[i]?.Length ?? 0}.", nameof(weights));
        for (int i = 0; i < parameters.Count; i++) weights[i].CopyTo(parameters[i].ValueStorage, 0);
    }

    /// <summary>
    /// Writes every layer's parameters to <paramref name="path"/>: a versioned binary file, written to a temporary
    /// file first and renamed into place, so a crash never leaves half a file.
    /// </summary>
    public void SaveWeights(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        TryBuildFromDeclaredShape();
        if (!IsBuilt) throw new InvalidOperationException("The model is not built yet (its input shape is unknown); Fit, Predict or Build it first.");
        string full = Path.GetFullPath(path);
        string temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            using (var writer = new BinaryWriter(stream, Encoding.UTF8))
            {
                writer.Write(WeightsMagic);
                writer.Write(WeightsFormatVersion);
                writer.Write(layers.Count);
                foreach (var layer in layers)
                {
                    writer.Write(layer.Kind);
                    writer.Write(layer.Parameters.Count);
                    foreach (var p in layer.Parameters)
                    {
                        writer.Write(p.Name);
                        writer.Write(p.Rows);
                        writer.Write(p.Columns);
                        // Stored as double: exact for float and double models alike.
                        foreach (T value in p.ValueStorage) writer.Write(double.CreateTruncating(value));
                    }
                }
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>
    /// Loads weights saved by <see cref="SaveWeights"/>. The whole file is read and checked against this model's
    /// architecture before anything is changed; a mismatch names the layer and the shapes.
    /// </summary>
    public void LoadWeights(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        TryBuildFromDeclaredShape();
        if (!IsBuilt) throw new InvalidOperationException("Build the model before loading weights into it (its input shape is unknown).");
        if (!File.Exists(path)) throw new FileNotFoundException($"Weights file '{path}' does not exist.", path);
        var loaded = new List<T[]>();
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (reader.BaseStream.Length < 8 || reader.ReadUInt32() != WeightsMagic)
                throw new InvalidDataException($"'{path}' is not a NotebookKit weights file.");
            int version = reader.ReadInt32();
            if (version != WeightsFormatVersion)
                throw new InvalidDataException($"'{path}' has weights format version {version}; this NotebookKit reads version {WeightsFormatVersion}.");
            var fileLayers = new List<(string Kind, List<(string Name, int Rows, int Columns, T[] Values)> Parameters)>();
            int layerCount = reader.ReadInt32();
            if (layerCount < 0 || layerCount > 100_000) throw new InvalidDataException($"'{path}' is corrupted (layer count {layerCount}).");
            for (int l = 0; l < layerCount; l++)
            {
                string kind = reader.ReadString();
                int count = reader.ReadInt32();
                if (count < 0 || count > 1000) throw new InvalidDataException($"'{path}' is corrupted (parameter count {count} in layer {l + 1}).");
                var ps = new List<(string, int, int, T[])>();
                for (int i = 0; i < count; i++)
                {
                    string name = reader.ReadString();
                    int rows = reader.ReadInt32(), columns = reader.ReadInt32();
                    long length = (long)rows * columns;
                    if (rows < 0 || columns < 0 || length * 8 > reader.BaseStream.Length - reader.BaseStream.Position)
                        throw new InvalidDataException($"'{path}' is truncated or corrupted (layer {l + 1} {kind}, {name} {rows}×{columns}).");
                    var values = new T[length];
                    for (long k = 0; k < length; k++) values[k] = T.CreateTruncating(reader.ReadDouble());
                    ps.Add((name, rows, columns, values));
                }
                fileLayers.Add((kind, ps));
            }
            if (reader.BaseStream.Position != reader.BaseStream.Length)
                throw new InvalidDataException($"'{path}' has {reader.BaseStream.Length - reader.BaseStream.Position} unexpected bytes after the weights.");

            if (fileLayers.Count != layers.Count)
                throw new InvalidDataException(
                    $"'{path}' holds weights for {fileLayers.Count} layers ({string.Join(", ", fileLayers.Select(f => f.Kind))}) "
                    + $"but this model has {layers.Count} ({string.Join(", ", layers.Select(l => l.Kind))}).");
            for (int l = 0; l < layers.Count; l++)
            {
                var (kind, ps) = fileLayers[l];
                var layer = layers[l];
                if (kind != layer.Kind || ps.Count != layer.Parameters.Count)
                    throw new InvalidDataException($"'{path}': layer {l + 1} is a {kind} in the file but {layer.Name} in this model.");
                for (int i = 0; i < ps.Count; i++)
                {
                    var p = layer.Parameters[i];
                    if (ps[i].Name != p.Name || ps[i].Rows != p.Rows || ps[i].Columns != p.Columns)
                        throw new InvalidDataException(
                            $"'{path}': {layer.Name} has {p.Name} {p.Rows}×{p.Columns} here but {ps[i].Name} {ps[i].Rows}×{ps[i].Columns} in the file; the architectures differ.");
                    loaded.Add(ps[i].Values);
                }
            }
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"'{path}' is truncated: it ends before all the weights it announces.");
        }
        SetWeights(loaded);
    }

    private string OwnerOf(Layers.Parameter<T> parameter) =>
        layers.FirstOrDefault(l => l.Parameters.Contains(parameter))?.Name ?? "?";
}
