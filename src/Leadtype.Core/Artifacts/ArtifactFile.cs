using System;
using System.Text;

namespace Leadtype.Artifacts;

/// <summary>
/// One file a run writes: its path relative to the output directory (<c>/</c>-separated, no leading
/// <c>/</c>) and its exact bytes (UTF-8, no BOM). Renderers produce these; the pipeline hands them
/// to the atomic writer.
/// </summary>
public sealed class ArtifactFile
{
    public ArtifactFile(string path, byte[] content)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Content = content ?? throw new ArgumentNullException(nameof(content));
    }

    public string Path { get; }

    public byte[] Content { get; }

    public static ArtifactFile Text(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    public string ContentAsText() => Encoding.UTF8.GetString(Content);

    public override string ToString() => Path + " (" + Content.Length + " bytes)";
}
