using System;
using System.Collections.Generic;
using System.Globalization;

namespace Leadtype;

/// <summary>Reads the manifest data format described on <see cref="DocsManifestData"/>.</summary>
internal sealed class ManifestDataReader
{
    private readonly string _text;
    private readonly List<string> _strings = new();
    private int _position;

    public ManifestDataReader(string text) => _text = text;

    public DocsManifest Read(DocPage?[] typedPages)
    {
        if (!_text.StartsWith(DocsManifestData.Header, StringComparison.Ordinal))
        {
            throw Malformed("it does not start with " + DocsManifestData.Header + "; the Leadtype source generator and runtime versions differ");
        }

        _position = DocsManifestData.Header.Length;
        var product = new DocsProduct(String(), NullableString(), NullableString(), NullableString());
        var baseUrl = NullableString();
        var count = Count();
        if (count != typedPages.Length)
        {
            throw Malformed("it has " + count + " pages but the generated code has " + typedPages.Length);
        }

        var pages = new DocPage[count];
        for (var i = 0; i < count; i++)
        {
            var page = typedPages[i] ?? new DocPage();
            var sourcePath = String();
            var url = String();
            var markdownUrl = String();
            var title = String();
            var description = String();
            var absoluteUrl = NullableString();
            var headings = new DocHeading[Count()];
            for (var h = 0; h < headings.Length; h++)
            {
                headings[h] = new DocHeading(String(), String(), (int)Integer(), url);
            }

            page.Initialize(sourcePath, url, markdownUrl, title, description, headings, Frontmatter(), absoluteUrl);
            pages[i] = page;
        }

        var groups = new DocsNavTreeGroup[Count()];
        for (var g = 0; g < groups.Length; g++)
        {
            groups[g] = Group(pages);
        }

        var navigation = new DocsNavTree(groups, PageList(pages));
        if (_position != _text.Length)
        {
            throw Malformed("there is data after the navigation");
        }

        return new DocsManifest(product, pages, navigation, baseUrl);
    }

    private DocsNavTreeGroup Group(DocPage[] pages)
    {
        var slug = String();
        var title = String();
        var description = NullableString();
        var optional = Integer() != 0;
        var members = PageList(pages);
        var children = new DocsNavTreeGroup[Count()];
        for (var i = 0; i < children.Length; i++)
        {
            children[i] = Group(pages);
        }

        return new DocsNavTreeGroup(slug, title, description, optional, members, children);
    }

    private DocPage[] PageList(DocPage[] pages)
    {
        var list = new DocPage[Count()];
        for (var i = 0; i < list.Length; i++)
        {
            var index = Integer();
            if (index < 0 || index >= pages.Length)
            {
                throw Malformed("a navigation entry refers to page " + index);
            }

            list[i] = pages[index];
        }

        return list;
    }

    private DocFrontmatter Frontmatter()
    {
        var count = Count();
        if (count == 0)
        {
            return DocFrontmatter.Empty;
        }

        var entries = new KeyValuePair<string, object?>[count];
        for (var i = 0; i < count; i++)
        {
            entries[i] = new KeyValuePair<string, object?>(String(), Value());
        }

        return new DocFrontmatter(entries);
    }

    private object? Value()
    {
        var kind = Next();
        switch (kind)
        {
            case 'n':
                return null;
            case 's':
                return String();
            case 'T':
                return true;
            case 'F':
                return false;
            case 'i':
                return Integer();
            case 'd':
                return double.Parse(String(), NumberStyles.Float, CultureInfo.InvariantCulture);
            case 'l':
                var items = new object?[Count()];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = Value();
                }

                return items;
            case 'm':
                return Frontmatter();
            default:
                throw Malformed("unknown value kind '" + kind + "'");
        }
    }

    private string String() => NullableString() ?? throw Malformed("a required text is null");

    private string? NullableString()
    {
        var c = Next();
        switch (c)
        {
            case '~':
                return null;
            case '^':
                var id = Integer();
                return id >= 0 && id < _strings.Count ? _strings[(int)id] : throw Malformed("a text refers to unknown text " + id);
            case '%':
                return Add(Hex(Length(':')));
            default:
                _position--;
                var length = Length(':');
                if (length > _text.Length - _position)
                {
                    throw Malformed("a text runs past the end");
                }

                var value = _text.Substring(_position, length);
                _position += length;
                return Add(value);
        }
    }

    private string Add(string value)
    {
        _strings.Add(value);
        return value;
    }

    private string Hex(int length)
    {
        if ((long)length * 4 > _text.Length - _position)
        {
            throw Malformed("a text runs past the end");
        }

        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)int.Parse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            _position += 4;
        }

        return new string(chars);
    }

    private int Count()
    {
        var value = Integer();
        return value >= 0 && value <= _text.Length ? (int)value : throw Malformed("a count of " + value);
    }

    private long Integer()
    {
        var negative = _position < _text.Length && _text[_position] == '-';
        if (negative)
        {
            _position++;
        }

        long value = Digits(';');
        return negative ? -value : value;
    }

    private long Digits(char terminator)
    {
        var start = _position;
        long value = 0;
        while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9')
        {
            if (value > (long.MaxValue - 9) / 10)
            {
                throw Malformed("a number is too large");
            }

            value = (value * 10) + (_text[_position] - '0');
            _position++;
        }

        if (_position == start || Next() != terminator)
        {
            throw Malformed("expected a number ending in '" + terminator + "'");
        }

        return value;
    }

    private int Length(char terminator)
    {
        var value = Digits(terminator);
        return value <= _text.Length ? (int)value : throw Malformed("a text length of " + value);
    }

    private char Next() => _position < _text.Length ? _text[_position++] : throw Malformed("it ends too early");

    private FormatException Malformed(string reason) =>
        new("The generated docs manifest data is malformed at offset " + _position.ToString(CultureInfo.InvariantCulture) + ": " + reason + ".");
}
