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
        var scratch = PreparationScratch.ForPage();
        var terms = scratch.Terms;
        var spans = scratch.Spans;
        var counts = scratch.Counts;
        var buffer = scratch.Buffer;
        var chunks = new List<PreparedSearchChunk>();

        // A chunk's text is its title, description, headings and part joined by blank lines, and neither
        // folding nor tokenizing crosses a blank line, so its tokens are those of the pieces in a row:
        // each piece is tokenized once per page (per section for headings), never the joined text.
        var titleTokens = terms.Ids(title, spans);
        var descriptionTokens = terms.Ids(description, spans);
        var prefixBlank = EcmaText.IsBlank(title) && EcmaText.IsBlank(description);
        foreach (var block in MarkdownSections.Collect(content))
        {
            var headingPath = ToArray(block.HeadingPath);
            var headingTokens = terms.Ids(SearchIndexBuilder.JoinHeadingPath(block.HeadingPath), spans);
            var headingsBlank = prefixBlank && AllBlank(headingPath);
            var lastHeading = headingPath.Length > 0 ? headingPath[headingPath.Length - 1] : null;
            var anchor = HeadingSlug.Slugify(lastHeading ?? string.Empty);
            var bodyParts = ChunkSplitter.Split(block.Text, maxChunkChars, overlapChars);
            var codeParts = ChunkSplitter.Split(block.CodeText, maxChunkChars, overlapChars);
            var partCount = Math.Max(Math.Max(bodyParts.Count, codeParts.Count), 1);
            for (var partIndex = 0; partIndex < partCount; partIndex++)
            {
                var text = partIndex < bodyParts.Count ? bodyParts[partIndex] : string.Empty;
                var codeText = partIndex < codeParts.Count ? codeParts[partIndex] : string.Empty;
                if (headingsBlank && EcmaText.IsBlank(text) && EcmaText.IsBlank(codeText))
                {
                    continue;
                }

                var textTokens = terms.Ids(text, spans);
                var codeTokens = terms.Ids(codeText, spans);
                counts.Begin();
                counts.Add(ChunkField.Title, titleTokens, terms.Count);
                counts.Add(ChunkField.Heading, headingTokens, terms.Count);
                // The body field counts `description + " " + chunkText`: the description, then the chunk's
                // own tokens (title, description, headings, prose, code).
                counts.Add(ChunkField.Body, descriptionTokens, terms.Count);
                counts.Add(ChunkField.Body, titleTokens, terms.Count);
                counts.Add(ChunkField.Body, descriptionTokens, terms.Count);
                counts.Add(ChunkField.Body, headingTokens, terms.Count);
                counts.Add(ChunkField.Body, textTokens, terms.Count);
                counts.Add(ChunkField.Body, codeTokens, terms.Count);
                counts.Add(ChunkField.Code, codeTokens, terms.Count);
                var length = titleTokens.Length + descriptionTokens.Length + headingTokens.Length + textTokens.Length + codeTokens.Length;

                buffer.Clear();
                long minimum = BinaryLayout.ChunkRecordSize;
                for (var slot = 0; slot < counts.Count; slot++)
                {
                    VarInt.Write(buffer, (uint)scratch.PageIndex(counts.TermAt(slot)));
                    minimum += 2; // at least one byte of chunk number and the count byte
                    for (var field = ChunkField.Title; field <= ChunkField.Code; field++)
                    {
                        var count = counts.CountAt(slot, field);
                        VarInt.Write(buffer, (uint)count);
                        minimum += count >= 3 ? VarIntLength((uint)(count - 3)) : 0;
                    }
                }

                chunks.Add(new PreparedSearchChunk(headingPath, anchor, ChunkTextLayout.JoinNonEmpty(text, codeText), length, buffer.ToArray(), counts.Count, minimum));
            }
        }

        return new PreparedSearchPage(title, description, maxChunkChars, overlapChars, scratch.PageTerms.ToArray(), chunks.ToArray());
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

    private static bool AllBlank(string?[] headingPath)
    {
        foreach (var heading in headingPath)
        {
            if (heading is not null && !EcmaText.IsBlank(heading))
            {
                return false;
            }
        }

        return true;
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
