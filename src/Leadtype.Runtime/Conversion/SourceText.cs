using System;
using System.IO;
using System.Text;
using Leadtype.Diagnostics;
using Leadtype.Text;

namespace Leadtype.Runtime.Conversion;

/// <summary>
/// Decodes docs files as UTF-8. Invalid bytes do not stop a build: they become U+FFFD and one
/// LT0004 warning located at the first of them.
/// </summary>
internal static class SourceText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static string Read(string fullPath, string displayPath, out DocsDiagnostic? problem) =>
        Decode(File.ReadAllBytes(fullPath), displayPath, out problem);

    public static string Decode(byte[] bytes, string displayPath, out DocsDiagnostic? problem)
    {
        problem = null;
        try
        {
            return Strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var offset = FirstInvalidByte(bytes);
            var before = Lenient.GetString(bytes, 0, offset);
            var (line, column) = new LineIndex(before).GetPosition(before.Length);
            problem = DocsDiagnostic.Create(DiagnosticCatalog.InvalidUtf8, displayPath, line, column, offset);
            return Lenient.GetString(bytes);
        }
    }

    /// <summary>Byte offset of the first byte that is not part of a well-formed UTF-8 sequence.</summary>
    private static int FirstInvalidByte(byte[] bytes)
    {
        var chars = new char[bytes.Length];
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out var bytesRead, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? bytes.Length : bytesRead;
    }
}
