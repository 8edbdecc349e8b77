// Minimal stand-ins for types the `components` branch provides (Frontmatter/, Placeholders/,
// Flatten/, Headings/). Same names and namespaces, so the converter compiles against their API;
// this file is deleted when that branch is merged.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Leadtype.Diagnostics;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Frontmatter
{
    public sealed record FrontmatterBlock(bool HasBlock, string Yaml, int YamlFirstLine, string Body, int BodyOffset, int BodyFirstLine)
    {
        public bool IsBlank => !HasBlock || string.IsNullOrWhiteSpace(Yaml);

        public int BodyLineOffset => BodyFirstLine - 1;
    }

    internal static class FrontmatterSplitter
    {
        public static FrontmatterBlock Split(string source)
        {
            var text = source.Replace("\r\n", "\n");
            if (text.StartsWith("\uFEFF", StringComparison.Ordinal))
            {
                text = text.Substring(1);
            }

            if (text.StartsWith("---\n", StringComparison.Ordinal))
            {
                var close = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
                if (close >= 0)
                {
                    var yaml = text.Substring(4, Math.Max(0, close - 4));
                    var body = text.Substring(close + 5);
                    var lines = 0;
                    for (var i = 0; i < close + 5; i++)
                    {
                        if (text[i] == '\n')
                        {
                            lines++;
                        }
                    }

                    return new FrontmatterBlock(true, yaml, 2, body, close + 5, lines + 1);
                }
            }

            return new FrontmatterBlock(false, string.Empty, 0, text, 0, 1);
        }
    }

    public sealed class PageFrontmatter
    {
        private PageFrontmatter(string yaml, string? title, string? description)
        {
            Yaml = yaml;
            Title = title;
            Description = description;
        }

        public string Yaml { get; }

        public string? Title { get; }

        public string? Description { get; }

        public string ToBlock() => Yaml.Length == 0 ? string.Empty : "---\n" + Yaml + "\n---\n";

        public static PageFrontmatter Resolve(FrontmatterBlock block, string filePath, Leadtype.Placeholders.PlaceholderContext placeholders, Func<string> serializedBody, ICollection<DocsDiagnostic> diagnostics)
        {
            if (!block.IsBlank)
            {
                string? title = null;
                foreach (var line in block.Yaml.Split('\n'))
                {
                    if (line.StartsWith("title:", StringComparison.Ordinal))
                    {
                        title = line.Substring(6).Trim().Trim('"', '\'');
                    }
                }

                return new PageFrontmatter(block.Yaml.Trim(), title, null);
            }

            var body = serializedBody();
            string? synthesized = null;
            foreach (var line in body.Split('\n'))
            {
                if (line.StartsWith("# ", StringComparison.Ordinal))
                {
                    synthesized = line.Substring(2).Trim();
                    break;
                }
            }

            synthesized ??= Leadtype.Paths.DocsPath.WithoutExtension(Leadtype.Paths.DocsPath.GetFileName(filePath));
            return new PageFrontmatter("title: " + synthesized, synthesized, null);
        }
    }
}

namespace Leadtype.Placeholders
{
    public sealed record PlaceholderContext(string? Framework, string? FrameworkDocsBase)
    {
        public static PlaceholderContext FromDocsRelativePath(string path) => new(null, null);
    }

    internal static class DocPlaceholders
    {
        public static string Resolve(string text, PlaceholderContext context) => text;
    }
}

namespace Leadtype.Flatten
{
    internal sealed class FlattenContext
    {
        public FlattenContext(string filePath, ICollection<DocsDiagnostic> diagnostics)
        {
            FilePath = filePath;
            Diagnostics = diagnostics;
        }

        public string FilePath { get; }

        public ICollection<DocsDiagnostic> Diagnostics { get; }
    }

    internal static class ComponentDispatcher
    {
        public static void Flatten(MdRoot root, FlattenContext context)
        {
        }
    }
}

namespace Leadtype.Headings
{
    internal static class HeadingSlugs
    {
        public static string Slugify(string heading)
        {
            var builder = new StringBuilder();
            var dash = false;
            foreach (var c in heading.Normalize(NormalizationForm.FormKD).ToLowerInvariant())
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                if (char.IsLetterOrDigit(c))
                {
                    if (dash && builder.Length > 0)
                    {
                        builder.Append('-');
                    }

                    dash = false;
                    builder.Append(c);
                }
                else
                {
                    dash = true;
                }
            }

            return builder.ToString();
        }
    }
}
