using System.Globalization;
using Leadtype.Generators.Model;
using Leadtype.Generators.Naming;

namespace Leadtype.Generators.Emit;

/// <summary>
/// The implementation-only half of the manifest: the data (<see cref="ManifestDataWriter"/>) as one
/// literal, handed to the user-visible loader through a partial method, so nothing user-visible depends
/// on this file (an IDE may skip it) and a frontmatter or navigation change re-emits only this file.
/// A string literal: the compiler takes it as one constant (a 2-million-character literal costs
/// milliseconds), where a <c>"…"u8</c> literal costs about 0.2 s per million characters (it is lowered
/// to one constant per byte). String literals share the assembly's 16 MB user-string heap, though, so
/// data above <see cref="MaxStringLiteralChars"/> (a site of over ten thousand pages) goes in a u8 literal
/// from C# 11.
/// </summary>
internal static class ManifestDataEmitter
{
    /// <summary>Half the user-string heap (UTF-16): room is left for the app's own strings.</summary>
    public const int MaxStringLiteralChars = 4 * 1024 * 1024;

    public static string Emit(ManifestModel manifest) => Emit(manifest, MaxStringLiteralChars);

    public static string Emit(ManifestModel manifest, int maxStringLiteralChars)
    {
        var data = ManifestDataWriter.Write(manifest);
        var writer = new SourceWriter(data.Length + (data.Length / 16) + 1024);
        writer.Line(GeneratedNames.Header);
        writer.Line("#nullable enable");
        writer.Line();
        var hasNamespace = manifest.Namespace.Length > 0;
        if (hasNamespace)
        {
            writer.Open("namespace " + manifest.Namespace);
        }

        writer.Open("partial class " + manifest.ClassName);
        writer.Open("partial class " + ReservedNames.DataClass);
        writer.Line("// The pages, headings, frontmatter and navigation (Leadtype.DocsManifestData format, " + data.Length.ToString(CultureInfo.InvariantCulture) + " characters).");
        writer.StartLine();
        if (data.Length > maxStringLiteralChars && manifest.SupportsUtf8Literals)
        {
            writer.Append("static partial void Utf8(ref global::System.ReadOnlySpan<byte> data) => data = ").AppendStringLiteral(data).Append("u8;");
        }
        else
        {
            writer.Append("static partial void Text(ref string? data) => data = ").AppendStringLiteral(data).Append(';');
        }

        writer.EndLine();
        writer.Close();
        writer.Close();
        if (hasNamespace)
        {
            writer.Close();
        }

        return writer.ToString();
    }
}
