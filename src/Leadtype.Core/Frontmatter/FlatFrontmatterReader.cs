using System.Collections.Generic;

namespace Leadtype.Frontmatter;

/// <summary>
/// Reads the frontmatter most pages have — one <c>key: value</c> per line, values plain, or quoted
/// without escapes — without YamlDotNet, whose parser costs more than converting a short page's
/// body. Anything else (nesting, lists, block scalars, comments, anchors, tags, escapes, tabs, CR,
/// repeated keys, unusual characters) is declined, and <see cref="FrontmatterParser"/> reads it with
/// the full YAML parser. What it accepts it resolves with the same rules, so the data is the same.
/// </summary>
internal static class FlatFrontmatterReader
{
    /// <summary>The mapping, or null when the block is not flat and simple (the caller then parses it in full).</summary>
    public static YamlMap? TryRead(string yaml)
    {
        List<KeyValuePair<string, YamlValue>>? entries = null;
        var lineStart = 0;
        while (lineStart < yaml.Length)
        {
            var lineEnd = yaml.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = yaml.Length;
            }

            if (lineEnd > lineStart)
            {
                if (!TryReadEntry(yaml, lineStart, lineEnd, out var entry))
                {
                    return null;
                }

                entries ??= new List<KeyValuePair<string, YamlValue>>(4);
                foreach (var existing in entries)
                {
                    if (string.Equals(existing.Key, entry.Key, System.StringComparison.Ordinal))
                    {
                        // A repeated key is an error the full parser reports with its position.
                        return null;
                    }
                }

                entries.Add(entry);
            }

            lineStart = lineEnd + 1;
        }

        return entries is null ? null : new YamlMap(entries);
    }

    /// <summary><c>key: value</c> at column 1 on one line, key an identifier, value plain, <c>"…"</c> or <c>'…'</c> without escapes.</summary>
    private static bool TryReadEntry(string yaml, int start, int end, out KeyValuePair<string, YamlValue> entry)
    {
        entry = default;
        var colon = start;
        if (colon >= end || !IsAsciiLetter(yaml[colon]))
        {
            return false;
        }

        while (colon < end && (IsAsciiLetter(yaml[colon]) || (yaml[colon] >= '0' && yaml[colon] <= '9') || yaml[colon] == '_' || yaml[colon] == '-'))
        {
            colon++;
        }

        if (colon >= end || yaml[colon] != ':' || colon - start > 128)
        {
            return false;
        }

        var valueStart = colon + 1;
        if (valueStart < end && yaml[valueStart] != ' ')
        {
            return false;
        }

        while (valueStart < end && yaml[valueStart] == ' ')
        {
            valueStart++;
        }

        for (var i = valueStart; i < end; i++)
        {
            if (!IsPlainSafe(yaml[i]))
            {
                return false;
            }
        }

        YamlValue value;
        if (valueStart == end)
        {
            // `key:` alone: an empty plain scalar.
            value = YamlScalarResolver.ResolvePlain(string.Empty);
        }
        else
        {
            var first = yaml[valueStart];
            if (first == '"' || first == '\'')
            {
                // One quoted scalar and nothing after it; no escapes (`\` in "…", '' in '…').
                if (end - valueStart < 2 || yaml[end - 1] != first)
                {
                    return false;
                }

                var content = valueStart + 1;
                var contentEnd = end - 1;
                for (var i = content; i < contentEnd; i++)
                {
                    if (yaml[i] == first || (first == '"' && yaml[i] == '\\'))
                    {
                        return false;
                    }
                }

                value = new YamlString(yaml.Substring(content, contentEnd - content));
            }
            else
            {
                if (IsIndicator(first) || yaml[end - 1] == ' ' || yaml[end - 1] == ':')
                {
                    return false;
                }

                for (var i = valueStart; i + 1 < end; i++)
                {
                    // `a: b` would be a nested mapping, ` #` starts a comment.
                    if ((yaml[i] == ':' && yaml[i + 1] == ' ') || (yaml[i] == ' ' && yaml[i + 1] == '#'))
                    {
                        return false;
                    }
                }

                value = YamlScalarResolver.ResolvePlain(yaml.Substring(valueStart, end - valueStart));
            }
        }

        var key = FrontmatterParser.KeyText(YamlScalarResolver.ResolvePlain(yaml.Substring(start, colon - start)));
        entry = new KeyValuePair<string, YamlValue>(key, value);
        return true;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    /// <summary>Characters that start something other than a plain scalar.</summary>
    private static bool IsIndicator(char c) => c switch
    {
        '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' => true,
        _ => false,
    };

    /// <summary>
    /// Printable characters YAML reads as themselves on one line: no tab or control character, none of
    /// YAML 1.1's extra line breaks (U+0085, U+2028, U+2029), no BOM, no surrogate, no non-character.
    /// </summary>
    private static bool IsPlainSafe(char c) =>
        (c >= ' ' && c <= '~')
        || (c >= '\u00A0' && c <= '\uD7FF' && c != '\u2028' && c != '\u2029')
        || (c >= '\uE000' && c <= '\uFFFD' && c != '\uFEFF');
}
