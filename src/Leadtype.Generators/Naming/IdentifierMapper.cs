using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Leadtype.Generators.Naming;

/// <summary>
/// Maps file, folder and heading names to C# identifiers: words (runs of letters and digits) are
/// joined in PascalCase (<c>generate-static-artifacts</c> → <c>GenerateStaticArtifacts</c>); two
/// numbers in a row keep an <c>_</c> between them and a leading digit gets an <c>_</c> prefix
/// (<c>0-4</c> → <c>_0_4</c>). The result never contains <c>__</c>, which the generator keeps for
/// its own names.
/// </summary>
internal static class IdentifierMapper
{
    public static string ToPascalCase(string source, string fallback)
    {
        var builder = new StringBuilder(source.Length);
        var atWordStart = true;
        var previousWasDigit = false;
        foreach (var c in source)
        {
            if (!IsWordChar(c))
            {
                atWordStart = true;
                continue;
            }

            var isDigit = char.IsDigit(c);
            if (atWordStart)
            {
                if (builder.Length > 0 && previousWasDigit && isDigit)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToUpperInvariant(c));
                atWordStart = false;
            }
            else
            {
                builder.Append(c);
            }

            previousWasDigit = isDigit;
        }

        if (builder.Length == 0)
        {
            return fallback;
        }

        if (!SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
        {
            builder.Insert(0, '_');
        }

        var name = builder.ToString();
        return SyntaxFacts.IsValidIdentifier(name) ? name : fallback;
    }

    /// <summary>The identifier as it must be written in source (<c>@</c> before a keyword).</summary>
    public static string Escape(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) && SyntaxFacts.IsIdentifierPartCharacter(c);
}
