using Leadtype.Output;

namespace Leadtype.Runtime.Conversion;

/// <summary>
/// The one place conversion writes files: through the output session, so every mirror is written
/// atomically (readers never see a torn file, identical files are left untouched) under the output
/// directory's lock, like every other artifact.
/// </summary>
internal sealed class MarkdownMirrorWriter
{
    private readonly OutputSession _session;

    public MarkdownMirrorWriter(OutputSession session) => _session = session;

    /// <param name="relativePath">The mirror's path relative to the output directory (<c>/</c>-separated).</param>
    public void Write(string relativePath, string content) => _session.WriteText(relativePath, content);
}
