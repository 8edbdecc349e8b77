using System;
using System.ComponentModel;
using System.Text;

namespace Leadtype;

/// <summary>
/// Loads the manifest the source generator emits as data: one compact text (a <c>"…"u8</c> literal, or a
/// string literal before C# 11) instead of a constructor call per page, so a large docs site compiles fast.
/// Called by generated code only; the format is versioned and private to a generator/runtime pair.
/// </summary>
/// <remarks>
/// Format (version 1), a sequence of values:
/// <code>
/// "LTM1" product(name, tagline?, homepage?, repository?) baseUrl? pageCount page* navigation
/// page       = sourcePath url markdownUrl title description absoluteUrl? headingCount (id text level)* frontmatter
/// frontmatter= entryCount (key value)*
/// value      = 'n' | 's' string | 'T' | 'F' | 'i' integer | 'd' string(round-trip double) | 'l' count value* | 'm' frontmatter
/// navigation = groupCount group* ungroupedCount pageIndex*
/// group      = slug title description? optional(0|1) pageCount pageIndex* childCount group*
/// integer    = ['-'] digits ';'
/// string     = digits ':' chars (length in UTF-16 units; the n-th such string has id n)
///            | '^' digits ';' (the string with that id again) | '~' (null)
///            | '%' digits ':' hex (UTF-16 units, 4 hex digits each: strings with a lone surrogate, which a u8 literal cannot hold)
/// </code>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class DocsManifestData
{
    /// <summary>The format this runtime reads.</summary>
    public const string Header = "LTM1";

    /// <summary>
    /// Builds the manifest from <paramref name="text"/>, or from <paramref name="utf8"/> when the text is null.
    /// <paramref name="pages"/> has one slot per page in navigation order: the generated page type's instance
    /// for pages with headings (filled in here), null for the others (created here).
    /// </summary>
    /// <exception cref="InvalidOperationException">No data (the implementation-only source was not compiled).</exception>
    /// <exception cref="FormatException">The data is not in this runtime's format (generator and runtime versions differ).</exception>
    public static DocsManifest Load(ReadOnlySpan<byte> utf8, string? text, DocPage?[] pages)
    {
        if (pages is null)
        {
            throw new ArgumentNullException(nameof(pages));
        }

        if (text is null)
        {
            if (utf8.IsEmpty)
            {
                throw new InvalidOperationException("The docs manifest data is missing: the generated implementation source (Leadtype.*.Data.g.cs) was not compiled into this assembly.");
            }

            text = Encoding.UTF8.GetString(utf8);
        }

        return new ManifestDataReader(text).Read(pages);
    }
}
