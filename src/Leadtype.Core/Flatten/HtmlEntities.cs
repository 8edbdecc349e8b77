using System;
using System.Globalization;
using System.Text;

namespace Leadtype.Flatten;

/// <summary>Decodes the character references the original decodes in Step titles (§7.9): a fixed set of named ones and numeric ones.</summary>
public static class HtmlEntities
{
    public static string Decode(string text)
    {
        var amp = text.IndexOf('&');
        if (amp < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, amp);
        for (var i = amp; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '&')
            {
                var semi = text.IndexOf(';', i + 1);
                if (semi > i + 1 && semi - i <= 12 && TryDecode(text.Substring(i + 1, semi - i - 1), out var decoded))
                {
                    builder.Append(decoded);
                    i = semi;
                    continue;
                }
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool TryDecode(string name, out string value)
    {
        value = string.Empty;
        if (name.Length > 1 && name[0] == '#')
        {
            int codePoint;
            var ok = name[1] == 'x' || name[1] == 'X'
                ? int.TryParse(name.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out codePoint)
                : int.TryParse(name.Substring(1), NumberStyles.None, CultureInfo.InvariantCulture, out codePoint);
            if (!ok || codePoint <= 0 || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            {
                return false;
            }

            value = char.ConvertFromUtf32(codePoint);
            return true;
        }

        value = name switch
        {
            "amp" => "&",
            "apos" => "'",
            "copy" => "\u00A9",
            "gt" => ">",
            "hellip" => "\u2026",
            "ldquo" => "\u201C",
            "lsquo" => "\u2018",
            "lt" => "<",
            "mdash" => "\u2014",
            "nbsp" => "\u00A0",
            "ndash" => "\u2013",
            "quot" => "\"",
            "rdquo" => "\u201D",
            "reg" => "\u00AE",
            "rsquo" => "\u2019",
            "trade" => "\u2122",
            _ => string.Empty,
        };
        return value.Length > 0;
    }
}
