using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Markdig;
using YamlDotNet.Serialization;

namespace Leadtype.Core.Tests.Conformance;

/// <summary>
/// DESIGN.md's equality for conversion output: the frontmatter blocks are equal as data (both
/// parsed with YamlDotNet) and the bodies render to the same HTML through Markdig's CommonMark
/// pipeline, so bullet style and escaping do not matter while words, structure, links and code do.
/// </summary>
internal static class MarkdownEquivalence
{
    private static readonly MarkdownPipeline CommonMark = new MarkdownPipelineBuilder().Build();
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    public static string? Difference(string expected, string actual)
    {
        var (expectedYaml, expectedBody) = Split(expected);
        var (actualYaml, actualBody) = Split(actual);
        var expectedData = ParseYaml(expectedYaml);
        var actualData = ParseYaml(actualYaml);
        if (!DataEquals(expectedData, actualData))
        {
            return "Frontmatter differs as data.\n--- expected ---\n" + expectedYaml + "\n--- actual ---\n" + actualYaml;
        }

        var expectedHtml = Markdig.Markdown.ToHtml(expectedBody, CommonMark);
        var actualHtml = Markdig.Markdown.ToHtml(actualBody, CommonMark);
        if (expectedHtml != actualHtml)
        {
            return "Bodies render to different HTML.\n--- expected markdown ---\n" + expectedBody + "\n--- actual markdown ---\n" + actualBody
                + "\n--- expected html ---\n" + expectedHtml + "\n--- actual html ---\n" + actualHtml;
        }

        return null;
    }

    public static (string? Yaml, string Body) Split(string markdown)
    {
        markdown = markdown.Replace("\r\n", "\n");
        if (!markdown.StartsWith("---\n", StringComparison.Ordinal))
        {
            return (null, markdown);
        }

        var close = markdown.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (close < 0)
        {
            return (null, markdown);
        }

        return (markdown.Substring(4, close - 4), markdown.Substring(close + 5));
    }

    private static object? ParseYaml(string? yaml) => yaml is null ? null : Yaml.Deserialize<object>(yaml);

    private static bool DataEquals(object? a, object? b)
    {
        switch (a)
        {
            case null:
                return b is null;
            case IDictionary mapA when b is IDictionary mapB:
                if (mapA.Count != mapB.Count)
                {
                    return false;
                }

                var keysA = mapA.Keys.Cast<object>().Select(k => k.ToString()).ToList();
                var keysB = mapB.Keys.Cast<object>().Select(k => k.ToString()).ToList();
                if (!keysA.SequenceEqual(keysB))
                {
                    return false;
                }

                foreach (DictionaryEntry entry in mapA)
                {
                    var match = mapB.Keys.Cast<object>().First(k => k.ToString() == entry.Key.ToString());
                    if (!DataEquals(entry.Value, mapB[match]))
                    {
                        return false;
                    }
                }

                return true;
            case IList listA when b is IList listB:
                if (listA.Count != listB.Count)
                {
                    return false;
                }

                for (var i = 0; i < listA.Count; i++)
                {
                    if (!DataEquals(listA[i], listB[i]))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return b is not null && !(b is IDictionary) && !(b is IList) && a.ToString() == b.ToString();
        }
    }
}
