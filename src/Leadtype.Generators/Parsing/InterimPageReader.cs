using System;
using System.Globalization;
using System.Text;
using Leadtype.Generators.Model;
using Leadtype.Paths;

namespace Leadtype.Generators.Parsing;

/// <summary>
/// TEMPORARY stand-in for Core's <c>PageConverter</c> (branch <c>mdx</c>/<c>components</c>), so the
/// pipeline, emitter and incremental tests could be built first. It reads flat <c>key: value</c>
/// frontmatter, ATX headings outside code fences and Markdown links; no MDX, no includes. It is
/// replaced by <see cref="PageParser"/> calling Core as soon as Core has the converter.
/// </summary>
internal static class InterimPageReader
{
    public static PageFacts Read(string sourcePath, string text)
    {
        var facts = new PageFacts();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var bodyStart = 0;
        if (lines.Length > 0 && lines[0].Trim() == "---")
        {
            for (var i = 1; i < lines.Length; i++)
            {
                if (lines[i].Trim() == "---")
                {
                    bodyStart = i + 1;
                    break;
                }

                var colon = lines[i].IndexOf(':');
                if (colon <= 0 || char.IsWhiteSpace(lines[i][0]))
                {
                    continue;
                }

                var key = lines[i].Substring(0, colon).Trim();
                var value = Unquote(lines[i].Substring(colon + 1).Trim());
                facts.Frontmatter.Add(new FrontmatterEntryModel(key, FrontmatterValueModel.Scalar(FrontmatterValueKind.String, value)));
                switch (key)
                {
                    case "title":
                        facts.Title = value;
                        break;
                    case "description":
                        facts.Description = value;
                        break;
                    case "group":
                        facts.Groups.Add(value);
                        facts.GroupLine = i + 1;
                        break;
                    case "order" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var order):
                        facts.Order = order;
                        break;
                }
            }
        }

        var body = new StringBuilder();
        var inFence = false;
        var slugs = new System.Collections.Generic.Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = bodyStart; i < lines.Length; i++)
        {
            var line = lines[i];
            body.Append(line).Append('\n');
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence)
            {
                continue;
            }

            var level = 0;
            while (level < trimmed.Length && trimmed[level] == '#')
            {
                level++;
            }

            if (level is >= 1 and <= 6 && level < trimmed.Length && trimmed[level] == ' ')
            {
                var headingText = trimmed.Substring(level).Trim().TrimEnd('#').Trim();
                if (level == 1)
                {
                    if (facts.Title.Length == 0)
                    {
                        facts.Title = headingText;
                    }
                }
                else if (headingText.Length > 0)
                {
                    var slug = Slug(headingText);
                    if (slugs.TryGetValue(slug, out var count))
                    {
                        slugs[slug] = count + 1;
                        slug = slug + "-" + count.ToString(CultureInfo.InvariantCulture);
                    }
                    else
                    {
                        slugs[slug] = 1;
                    }

                    facts.Headings.Add(new HeadingFact(level, headingText, slug, i + 1, line.Length - trimmed.Length + level + 2));
                }

                continue;
            }

            var search = 0;
            while ((search = line.IndexOf("](", search, StringComparison.Ordinal)) >= 0)
            {
                var close = line.IndexOf(')', search + 2);
                if (close < 0)
                {
                    break;
                }

                var url = line.Substring(search + 2, close - search - 2).Trim();
                if (url.StartsWith("/", StringComparison.Ordinal) || url.StartsWith("#", StringComparison.Ordinal) || url.StartsWith(".", StringComparison.Ordinal))
                {
                    facts.Links.Add(new LinkFact(url, i + 1, search + 3, url.Length));
                }

                search = close;
            }
        }

        facts.Markdown = body.ToString();
        if (facts.Title.Length == 0)
        {
            facts.Title = TitleFromPath(sourcePath);
        }

        return facts;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[value.Length - 1] == value[0] ? value.Substring(1, value.Length - 2) : value;

    private static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        var dash = false;
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                if (dash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                dash = false;
            }
            else
            {
                dash = true;
            }
        }

        return builder.ToString();
    }

    private static string TitleFromPath(string sourcePath)
    {
        var name = DocsPath.GetFileName(DocsPath.WithoutExtension(sourcePath));
        var builder = new StringBuilder();
        foreach (var piece in name.Split(new[] { '-', '_' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(char.ToUpperInvariant(piece[0])).Append(piece.Substring(1));
        }

        return builder.ToString();
    }
}
