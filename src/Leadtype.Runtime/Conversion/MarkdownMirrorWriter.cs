using System.IO;
using System.Text;

namespace Leadtype.Runtime.Conversion;

/// <summary>
/// The one place conversion writes files: UTF-8 without BOM, directories created as needed.
/// A plain write for now; routing it through the atomic writer and output lock is a change here only.
/// </summary>
internal sealed class MarkdownMirrorWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public void Write(string path, string content)
    {
        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path, content, Utf8);
    }
}
