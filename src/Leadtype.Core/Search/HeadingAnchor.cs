using System.Text;

namespace Leadtype.Search;

/// <summary>
/// The heading slug used for chunk anchors (the reference's <c>slugifyDocsHeading</c>, conversion
/// reference §14.1): fold (NFKD, drop U+0300–U+036F, lower-case), replace each run of characters that are
/// not letters or numbers with <c>-</c>, trim <c>-</c>. <c>Café API: Quick Start!</c> → <c>cafe-api-quick-start</c>.
/// </summary>
/// <remarks>
/// A seam: the project's one slugger lives in <c>Headings/</c> (written in parallel); this copy must be
/// replaced by a call to it when the branches meet, so TOC ids and search anchors cannot drift apart.
/// </remarks>
internal static class HeadingAnchor
{
    public static string Slugify(string heading)
    {
        var folded = SearchText.Fold(heading);
        var builder = new StringBuilder(folded.Length);
        var pendingDash = false;
        var i = 0;
        while (i < folded.Length)
        {
            if (SearchTokenizer.IsWordChar(folded, i, out var width))
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingDash = false;
                builder.Append(folded, i, width);
            }
            else
            {
                pendingDash = true;
            }

            i += width;
        }

        return builder.ToString();
    }
}
