using System.Globalization;
using System.Xml;
using Microsoft.CodeAnalysis;

namespace NotebookKit.Jupyter.Execution;

/// <summary>
/// Documentation for one assembly read from several XML doc files, loaded on first use. Needed because
/// the runtime's System.Private.CoreLib has no XML file of its own: its types (Math, List&lt;T&gt;) are
/// documented in the reference pack's System.Runtime.xml, System.Collections.xml and friends.
/// </summary>
internal sealed class XmlDocumentationFiles(IReadOnlyList<string> files) : DocumentationProvider
{
    private readonly Lazy<Dictionary<string, string>> _members = new(() => Load(files));

    protected override string? GetDocumentationForSymbol(string documentationMemberID, CultureInfo preferredCulture, CancellationToken cancellationToken = default) =>
        _members.Value.GetValueOrDefault(documentationMemberID);

    private static Dictionary<string, string> Load(IReadOnlyList<string> files)
    {
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files.Where(File.Exists))
        {
            using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
            while (reader.ReadToFollowing("member"))
            {
                var name = reader.GetAttribute("name");
                var inner = reader.ReadInnerXml();
                if (name is not null)
                    members.TryAdd(name, inner);
            }
        }
        return members;
    }

    public override bool Equals(object? obj) => obj is XmlDocumentationFiles other && other._members == _members;

    public override int GetHashCode() => _members.GetHashCode();
}
