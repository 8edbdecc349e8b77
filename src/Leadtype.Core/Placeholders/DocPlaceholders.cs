using System;
using System.Collections.Generic;
using System.Text;

namespace Leadtype.Placeholders;

/// <summary>
/// Resolves <c>{name}</c> and <c>{name:fallback}</c> placeholders in a URL or frontmatter string (§5.5).
/// A known key takes its value; otherwise the fallback; otherwise the placeholder stays as written and
/// is reported as unresolved. A pure string function with no regex: it runs over every link of every page.
/// </summary>
public static class DocPlaceholders
{
    /// <summary>Resolves every placeholder in <paramref name="text"/>; returns the same instance when nothing changes.</summary>
    public static string Resolve(string text, PlaceholderContext context) => Resolve(text, context, unresolved: null);

    /// <param name="text">The string to resolve.</param>
    /// <param name="context">The page's context.</param>
    /// <param name="unresolved">Receives each placeholder left as written (e.g. <c>{unknown}</c>), when not null.</param>
    public static string Resolve(string text, PlaceholderContext context, ICollection<string>? unresolved)
    {
        var brace = text.IndexOf('{');
        if (brace < 0)
        {
            return text;
        }

        StringBuilder? builder = null;
        var copied = 0;
        while (brace >= 0)
        {
            if (TryMatch(text, brace, out var nameEnd, out var fallbackStart, out var close))
            {
                var name = text.Substring(brace + 1, nameEnd - brace - 1);
                var value = context.Lookup(name);
                if (value is null && fallbackStart > 0)
                {
                    value = text.Substring(fallbackStart, close - fallbackStart);
                }

                if (value is null)
                {
                    unresolved?.Add(text.Substring(brace, close - brace + 1));
                }
                else
                {
                    builder ??= new StringBuilder(text.Length + 16);
                    builder.Append(text, copied, brace - copied).Append(value);
                    copied = close + 1;
                }

                brace = text.IndexOf('{', close + 1);
            }
            else
            {
                brace = text.IndexOf('{', brace + 1);
            }
        }

        if (builder is null)
        {
            return text;
        }

        return builder.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>
    /// Matches <c>\{([a-zA-Z][a-zA-Z0-9]*)(?::([^}]+))?\}</c> at <paramref name="start"/>.
    /// <paramref name="fallbackStart"/> is 0 when there is no fallback.
    /// </summary>
    private static bool TryMatch(string text, int start, out int nameEnd, out int fallbackStart, out int close)
    {
        nameEnd = fallbackStart = close = 0;
        var i = start + 1;
        if (i >= text.Length || !IsAsciiLetter(text[i]))
        {
            return false;
        }

        i++;
        while (i < text.Length && (IsAsciiLetter(text[i]) || (text[i] >= '0' && text[i] <= '9')))
        {
            i++;
        }

        nameEnd = i;
        if (i < text.Length && text[i] == '}')
        {
            close = i;
            return true;
        }

        if (i < text.Length && text[i] == ':')
        {
            var end = text.IndexOf('}', i + 1);

            // The fallback needs at least one character.
            if (end > i + 1)
            {
                fallbackStart = i + 1;
                close = end;
                return true;
            }
        }

        return false;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
