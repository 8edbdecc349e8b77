using System.Collections.Generic;
using Leadtype.Conversion;

namespace Leadtype.Generators.Parsing;

/// <summary>
/// The includes' view of the docs folder inside the generator: the files it has (none in the
/// per-page step, every docs additional file in the include step), recording what a page asked
/// for so the page step knows whether the page depends on other files at all.
/// </summary>
internal sealed class RecordingFileSource : IDocsFileSource
{
    private readonly IReadOnlyDictionary<string, string>? _files;

    public RecordingFileSource(IReadOnlyDictionary<string, string>? files) => _files = files;

    public List<string> Requested { get; } = new();

    public bool TryRead(string docsRelativePath, out string text)
    {
        Requested.Add(docsRelativePath);
        if (_files is not null && _files.TryGetValue(docsRelativePath, out var found))
        {
            text = found;
            return true;
        }

        text = string.Empty;
        return false;
    }
}
