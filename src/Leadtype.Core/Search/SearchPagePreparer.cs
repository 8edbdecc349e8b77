using System;
using System.Collections.Generic;
using Leadtype.Headings;

namespace Leadtype.Search;

/// <summary>
/// The per-page half of <see cref="SearchIndexBuilder.Build"/>: heading sections, overlapping chunks and
/// per-chunk term counts of one page, computed from that page alone. <see cref="SearchIndexMerger"/>
/// joins prepared pages into the same index <see cref="SearchIndexBuilder.Build"/> gives, byte for byte.
/// </summary>
public static class SearchPagePreparer
{
    /// <summary>Prepares <paramref name="page"/> from its title, description and content.</summary>
    public static PreparedSearchPage Prepare(SearchDocument page, SearchIndexOptions options)
    {
        if (page is null)
        {
            throw new ArgumentNullException(nameof(page));
        }

        return Prepare(page.Title, page.Description, page.Content, options);
    }

    /// <param name="title">The document title (as <see cref="SearchDocument.Title"/>): part of every chunk's text.</param>
    /// <param name="description">The document description, or null.</param>
    /// <param name="content">The converted Markdown body.</param>
    /// <param name="options">Chunking options; <see cref="SearchIndexOptions.GeneratedAt"/> is not used here.</param>
    public static PreparedSearchPage Prepare(string title, string? description, string content, SearchIndexOptions options)
    {
        if (title is null)
        {
            throw new ArgumentNullException(nameof(title));
        }

        if (content is null)
        {
            throw new ArgumentNullException(nameof(content));
        }

        var (maxChunkChars, overlapChars) = EffectiveChunking(options);
        description ??= string.Empty;
        var terms = new TokenInterner();
        var spans = new TokenSpans();
        var counts = new ChunkTermCounts();
        var pageIndex = new List<int>();
        var pageTerms = new List<string>();
        var buffer = new List<byte>(256);
        var chunks = new List<PreparedSearchChunk>();

        var titleTokens = terms.Ids(title, spans);
        var descriptionTokens = terms.Ids(description, spans);
        foreach (var block in MarkdownSections.Collect(content))
        {
            var headingPath = ToArray(block.HeadingPath);
            var headingTokens = terms.Ids(SearchIndexBuilder.JoinHeadingPath(block.HeadingPath), spans);
            var lastHeading = headingPath.Length > 0 ? headingPath[headingPath.Length - 1] : null;
            var anchor = HeadingSlug.Slugify(lastHeading ?? string.Empty);
            var bodyParts = ChunkSplitter.Split(block.Text, maxChunkChars, overlapChars);
            var codeParts = ChunkSplitter.Split(block.CodeText, maxChunkChars, overlapChars);
            var partCount = Math.Max(Math.Max(bodyParts.Count, codeParts.Count), 1);
            for (var partIndex = 0; partIndex < partCount; partIndex++)
            {
                var text = partIndex < bodyParts.Count ? bodyParts[partIndex] : string.Empty;
                var codeText = partIndex < codeParts.Count ? codeParts[partIndex] : string.Empty;
                var part = ChunkTextLayout.JoinNonEmpty(text, codeText);
                var chunkText = ChunkTextLayout.Compose(title, description, headingPath, part);
                if (EcmaText.IsBlank(chunkText))
                {
                    continue;
                }

                var chunkTokens = terms.Ids(chunkText, spans);
                var codeTokens = terms.Ids(codeText, spans);
                counts.Begin();
                counts.Add(ChunkField.Title, titleTokens, terms.Count);
                counts.Add(ChunkField.Heading, headingTokens, terms.Count);
                // Tokens of `description + " " + chunkText`: the space keeps the two token streams apart.
                counts.Add(ChunkField.Body, descriptionTokens, terms.Count);
                counts.Add(ChunkField.Body, chunkTokens, terms.Count);
                counts.Add(ChunkField.Code, codeTokens, terms.Count);

                buffer.Clear();
                long minimum = BinaryLayout.ChunkRecordSize;
                for (var slot = 0; slot < counts.Count; slot++)
                {
                    var id = counts.TermAt(slot);
                    while (pageIndex.Count <= id)
                    {
                        pageIndex.Add(-1);
                    }

                    if (pageIndex[id] < 0)
                    {
                        pageIndex[id] = pageTerms.Count;
                        pageTerms.Add(terms.Name(id));
                    }

                    VarInt.Write(buffer, (uint)pageIndex[id]);
                    minimum += 2; // at least one byte of chunk number and the count byte
                    for (var field = ChunkField.Title; field <= ChunkField.Code; field++)
                    {
                        var count = counts.CountAt(slot, field);
                        VarInt.Write(buffer, (uint)count);
                        minimum += count >= 3 ? VarIntLength((uint)(count - 3)) : 0;
                    }
                }

                chunks.Add(new PreparedSearchChunk(headingPath, anchor, part, chunkTokens.Length, buffer.ToArray(), counts.Count, minimum));
            }
        }

        return new PreparedSearchPage(title, description, maxChunkChars, overlapChars, pageTerms.ToArray(), chunks.ToArray());
    }

    /// <summary>The chunk sizes <see cref="SearchIndexBuilder.Build"/> uses for <paramref name="options"/>.</summary>
    internal static (int MaxChunkChars, int OverlapChars) EffectiveChunking(SearchIndexOptions options)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        if (options.MaxChunkChars < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "MaxChunkChars must be at least 1.");
        }

        var maxChunkChars = options.MaxChunkChars;
        return (maxChunkChars, Math.Min(Math.Max(options.OverlapChars, 0), Math.Max(0, maxChunkChars - 1)));
    }

    private static string?[] ToArray(IReadOnlyList<string?> headingPath)
    {
        if (headingPath.Count == 0)
        {
            return Array.Empty<string?>();
        }

        var array = new string?[headingPath.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = headingPath[i];
        }

        return array;
    }

    private static int VarIntLength(uint value)
    {
        var length = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            length++;
        }

        return length;
    }
}
