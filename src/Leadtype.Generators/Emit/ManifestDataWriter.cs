using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Leadtype.Collections;
using Leadtype.Generators.Model;

namespace Leadtype.Generators.Emit;

/// <summary>
/// Writes the manifest as one compact text in the format <c>Leadtype.DocsManifestData</c> reads (its XML
/// doc describes it): every page, heading, frontmatter value and the navigation tree, each distinct text
/// once (later uses refer back to it). The text never holds a lone surrogate, so it fits a u8 literal.
/// </summary>
internal sealed class ManifestDataWriter
{
    public const string Header = "LTM1";

    private readonly StringBuilder _builder;
    private readonly Dictionary<string, int> _ids = new(System.StringComparer.Ordinal);
    private int _count;

    private ManifestDataWriter(int capacity) => _builder = new StringBuilder(capacity);

    public static string Write(ManifestModel manifest)
    {
        var writer = new ManifestDataWriter(256 + (manifest.Pages.Count * 768));
        writer._builder.Append(Header);
        writer.Text(manifest.Product.Name);
        writer.Text(manifest.Product.Tagline);
        writer.Text(manifest.Product.Homepage);
        writer.Text(manifest.Product.Repository);
        writer.Text(manifest.BaseUrl);
        writer.Integer(manifest.Pages.Count);
        foreach (var page in manifest.Pages)
        {
            writer.Text(page.SourcePath);
            writer.Text(page.Url);
            writer.Text(page.MarkdownUrl);
            writer.Text(page.Title);
            writer.Text(page.Description);
            writer.Text(page.AbsoluteUrl);
            writer.Integer(page.Headings.Count);
            foreach (var heading in page.Headings)
            {
                writer.Text(heading.Id);
                writer.Text(heading.Text);
                writer.Integer(heading.Level);
            }

            writer.Frontmatter(page.Frontmatter);
        }

        writer.Groups(manifest.Navigation.Groups);
        writer.Indices(manifest.Navigation.Ungrouped);
        return writer._builder.ToString();
    }

    private void Groups(EquatableArray<NavGroupModel> groups)
    {
        Integer(groups.Count);
        foreach (var group in groups)
        {
            Text(group.Slug);
            Text(group.Title);
            Text(group.Description);
            Integer(group.Optional ? 1 : 0);
            Indices(group.Pages);
            Groups(group.Children);
        }
    }

    private void Indices(EquatableArray<int> indices)
    {
        Integer(indices.Count);
        foreach (var index in indices)
        {
            Integer(index);
        }
    }

    private void Frontmatter(EquatableArray<FrontmatterEntryModel> entries)
    {
        Integer(entries.Count);
        foreach (var entry in entries)
        {
            Text(entry.Key);
            Value(entry.Value);
        }
    }

    private void Value(FrontmatterValueModel value)
    {
        switch (value.Kind)
        {
            case FrontmatterValueKind.String:
                _builder.Append('s');
                Text(value.Text);
                break;
            case FrontmatterValueKind.Boolean:
                _builder.Append(value.Text == "true" ? 'T' : 'F');
                break;
            case FrontmatterValueKind.Integer when long.TryParse(value.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer):
                _builder.Append('i');
                Integer(integer);
                break;
            case FrontmatterValueKind.Number when double.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                _builder.Append('d');
                Text(number.ToString("R", CultureInfo.InvariantCulture));
                break;
            case FrontmatterValueKind.Integer:
            case FrontmatterValueKind.Number:
                // Not a number after all: keep the text (the model never makes one, but data must never break).
                _builder.Append('s');
                Text(value.Text);
                break;
            case FrontmatterValueKind.List:
                _builder.Append('l');
                Integer(value.Items.Count);
                foreach (var item in value.Items)
                {
                    Value(item);
                }

                break;
            case FrontmatterValueKind.Map:
                _builder.Append('m');
                Integer(value.Keys.Count);
                for (var i = 0; i < value.Keys.Count; i++)
                {
                    Text(value.Keys[i]);
                    Value(value.Items[i]);
                }

                break;
            default:
                _builder.Append('n');
                break;
        }
    }

    private void Integer(long value) => _builder.Append(value.ToString(CultureInfo.InvariantCulture)).Append(';');

    private void Text(string? value)
    {
        if (value is null)
        {
            _builder.Append('~');
            return;
        }

        // A reference back to the same text, when it is shorter than writing the text again.
        if (_ids.TryGetValue(value, out var id) && Digits(id) + 2 < Digits(value.Length) + 1 + value.Length)
        {
            _builder.Append('^').Append(id.ToString(CultureInfo.InvariantCulture)).Append(';');
            return;
        }

        // Every text written out gets the next id, as the reader numbers them.
        _ids[value] = _count++;
        if (HasLoneSurrogate(value))
        {
            _builder.Append('%').Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':');
            foreach (var c in value)
            {
                _builder.Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }

            return;
        }

        _builder.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
    }

    private static int Digits(int value) => value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : value < 10000 ? 4 : value < 100000 ? 5 : value < 1000000 ? 6 : 10;

    private static bool HasLoneSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }
}
