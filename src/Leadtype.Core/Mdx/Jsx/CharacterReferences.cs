using System;
using System.Text;
using Markdig.Helpers;

namespace Leadtype.Mdx.Jsx;

/// <summary>Decodes HTML character references (<c>&amp;amp;</c>, <c>&amp;#123;</c>, <c>&amp;#x1F;</c>) in JSX string attribute values.</summary>
internal static class CharacterReferences
{
    public static string Decode(string value)
    {
        var amp = value.IndexOf('&');
        if (amp < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        var i = 0;
        while (amp >= 0)
        {
            builder.Append(value, i, amp - i);
            var semi = value.IndexOf(';', amp + 1);
            string? decoded = null;
            if (semi > amp + 1 && semi - amp <= 32)
            {
                decoded = DecodeOne(value.Substring(amp + 1, semi - amp - 1));
            }

            if (decoded is null)
            {
                builder.Append('&');
                i = amp + 1;
            }
            else
            {
                builder.Append(decoded);
                i = semi + 1;
            }

            amp = value.IndexOf('&', i);
        }

        builder.Append(value, i, value.Length - i);
        return builder.ToString();
    }

    private static string? DecodeOne(string reference)
    {
        if (reference[0] == '#')
        {
            var hex = reference.Length > 1 && (reference[1] == 'x' || reference[1] == 'X');
            var digits = reference.Substring(hex ? 2 : 1);
            if (digits.Length == 0 || digits.Length > 7)
            {
                return null;
            }

            var code = 0;
            foreach (var c in digits)
            {
                int digit;
                if (c >= '0' && c <= '9')
                {
                    digit = c - '0';
                }
                else if (hex && c >= 'a' && c <= 'f')
                {
                    digit = c - 'a' + 10;
                }
                else if (hex && c >= 'A' && c <= 'F')
                {
                    digit = c - 'A' + 10;
                }
                else
                {
                    return null;
                }

                code = (code * (hex ? 16 : 10)) + digit;
            }

            return EntityHelper.DecodeEntity(code);
        }

        return EntityHelper.DecodeEntity(reference.AsSpan());
    }
}
