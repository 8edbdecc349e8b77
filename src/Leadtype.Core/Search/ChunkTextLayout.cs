using System.Collections.Generic;
using System.Text;

namespace Leadtype.Search;

/// <summary>
/// The stored text of a chunk: <c>[title, description, ...headingPath, part]</c> with empty (and missing)
/// entries dropped, joined by a blank line. Knowing the layout lets the binary form store only the part.
/// </summary>
internal static class ChunkTextLayout
{
    public const string Separator = "\n\n";

    public static string Compose(string title, string description, IReadOnlyList<string?> headingPath, string part)
    {
        var builder = new StringBuilder();
        Append(builder, title);
        Append(builder, description);
        foreach (var heading in headingPath)
        {
            Append(builder, heading);
        }

        Append(builder, part);
        return builder.ToString();
    }

    public static string JoinNonEmpty(string first, string second)
    {
        if (first.Length == 0)
        {
            return second;
        }

        return second.Length == 0 ? first : first + Separator + second;
    }

    private static void Append(StringBuilder builder, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (builder.Length > 0)
        {
            builder.Append(Separator);
        }

        builder.Append(value);
    }
}
