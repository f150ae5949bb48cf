using System.Collections;
using System.Text.Json.Nodes;

namespace NotebookKit.Display;

/// <summary>
/// What one object looks like to a notebook: mime type → content. Text mimes hold a <see cref="string"/>;
/// JSON mimes (<c>application/json</c>, <c>application/vnd.plotly.v1+json</c>, any <c>+json</c>) hold a
/// <see cref="JsonNode"/>, because Jupyter requires them as JSON objects, not strings.
/// <c>text/plain</c> is always present.
/// </summary>
public sealed class MimeBundle : IReadOnlyDictionary<string, object>
{
    private readonly Dictionary<string, object> _data;

    public MimeBundle(string plainText) => _data = new() { [MimeTypes.PlainText] = plainText };

    public MimeBundle(IEnumerable<KeyValuePair<string, object>> data)
    {
        _data = new Dictionary<string, object>(data);
        if (!_data.ContainsKey(MimeTypes.PlainText))
            throw new ArgumentException("A mime bundle must contain text/plain.", nameof(data));
    }

    /// <summary>Display metadata per mime type (e.g. image sizes); usually empty.</summary>
    public Dictionary<string, JsonNode?> Metadata { get; } = new();

    public string PlainText => (string)_data[MimeTypes.PlainText];

    public MimeBundle With(string mimeType, object content)
    {
        _data[mimeType] = content;
        return this;
    }

    public object this[string key] => _data[key];
    public IEnumerable<string> Keys => _data.Keys;
    public IEnumerable<object> Values => _data.Values;
    public int Count => _data.Count;
    public bool ContainsKey(string key) => _data.ContainsKey(key);
    public bool TryGetValue(string key, out object value) => _data.TryGetValue(key, out value!);
    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => _data.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
