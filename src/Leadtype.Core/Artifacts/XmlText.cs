using System.Text;

namespace Leadtype.Artifacts;

/// <summary>XML text escaping as the reference's sitemap and schema-map writers do it.</summary>
public static class XmlText
{
    /// <summary>Drops characters XML 1.0 forbids (C0 controls other than tab, LF, CR), then escapes <c>&amp; &lt; &gt; ' "</c>.</summary>
    public static string Escape(string value)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '\'' => "&apos;",
                '"' => "&quot;",
                _ => c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? string.Empty : null,
            };

            if (replacement is null)
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(value, 0, i, value.Length + 16);
            builder.Append(replacement);
        }

        return builder?.ToString() ?? value;
    }
}
