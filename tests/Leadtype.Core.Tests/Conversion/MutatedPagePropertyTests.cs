using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using CsCheck;
using Leadtype.Conversion;
using Leadtype.Core.Tests.TestSupport;

namespace Leadtype.Core.Tests.Conversion;

/// <summary>
/// Real pages with random damage (cut spans, stray MDX punctuation, duplicated spans, truncation):
/// conversion never throws and never hangs, whatever the input.
/// </summary>
public sealed class MutatedPagePropertyTests
{
    private static readonly string[] Sources = Directory.GetFiles(RepositoryPaths.LeadtypeCorpusDocs, "*.mdx", SearchOption.AllDirectories)
        .OrderBy(p => p, StringComparer.Ordinal)
        .Select(File.ReadAllText)
        .ToArray();

    private static readonly string[] Noise = { "<", ">", "{", "}", "</", "/>", "`", "```", "\n", "\"", "'", "---\n", "<!--", "-->", "|", "*", "[", "]", "#", "&amp;", "\\", "\r\n", "<X a={", "\t", "    ", "> " };

    private static readonly Gen<(int Kind, double Position, double Length, int Noise)> Mutation =
        Gen.Select(Gen.Int[0, 3], Gen.Double[0, 1], Gen.Double[0, 0.2], Gen.Int[0, Noise.Length - 1]);

    [Fact]
    public void Mutated_real_pages_convert_without_throwing_or_hanging()
    {
        Gen.Select(Gen.Int[0, Sources.Length - 1], Mutation.Array[1, 12])
            .Sample((page, mutations) =>
            {
                var text = Mutate(Sources[page], mutations);
                var conversion = Task.Run(() => PageConverter.Convert(new PageSource("docs/page.mdx", text), NoDocsFiles.Instance));
                if (!conversion.Wait(TimeSpan.FromSeconds(20)))
                {
                    throw new TimeoutException("conversion hung on a mutated page:\n" + text);
                }

                var markdown = conversion.Result.Markdown;
                return markdown.StartsWith("---\n", StringComparison.Ordinal) && markdown.IndexOf('\r') < 0;
            }, iter: 150, threads: 1);
    }

    private static string Mutate(string text, (int Kind, double Position, double Length, int Noise)[] mutations)
    {
        var builder = new StringBuilder(text);
        foreach (var (kind, position, length, noise) in mutations)
        {
            var at = (int)(position * builder.Length);
            var span = Math.Min(builder.Length - at, (int)(length * builder.Length));
            switch (kind)
            {
                case 0:
                    builder.Remove(at, span);
                    break;
                case 1:
                    builder.Insert(at, Noise[noise]);
                    break;
                case 2:
                    builder.Insert(at, builder.ToString(at, span));
                    break;
                default:
                    builder.Length = Math.Max(0, builder.Length - span);
                    break;
            }
        }

        return builder.ToString();
    }
}
