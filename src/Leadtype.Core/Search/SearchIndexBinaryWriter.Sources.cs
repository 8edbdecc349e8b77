using System;
using System.Collections.Generic;
using System.Globalization;

namespace Leadtype.Search;

public static partial class SearchIndexBinaryWriter
{
    /// <summary>What the writer reads: a <see cref="SearchIndex"/> object graph, or a merged <see cref="CompactSearchIndex"/>.</summary>
    private abstract class BinarySource
    {
        public abstract string GeneratedAt { get; }

        public abstract double AverageChunkLength { get; }

        public abstract bool HasContent { get; }

        /// <summary>Whether the text groups may be compressed on several threads (not inside the compiler).</summary>
        public virtual bool CompressInParallel => false;

        public abstract IReadOnlyList<SearchIndexDocument> Documents { get; }

        public abstract int ChunkCount { get; }

        public abstract int TermCount { get; }

        /// <summary>The chunks in order (<see cref="SearchIndexChunk.ContentIndex"/> is not read).</summary>
        public abstract IEnumerable<SearchIndexChunk> Chunks();

        public abstract bool HasCanonicalChunkIds();

        public abstract bool HasAscendingPostings();

        /// <summary>The term at JavaScript enumeration rank <paramref name="rank"/>.</summary>
        public abstract string Term(int rank);

        /// <summary>Appends the term's posting count, then its postings (see <see cref="WritePosting"/>).</summary>
        public abstract void WritePostings(int rank, List<byte> output, bool ascending);

        /// <summary>The chunk's stored text: the part after its title/description/heading prefix when it has that layout, else the whole text.</summary>
        public abstract (bool IsSuffix, string Text) StoredText(int chunk);
    }

    private sealed class IndexSource : BinarySource
    {
        private readonly SearchIndex _index;

        public IndexSource(SearchIndex index) => _index = index;

        public override string GeneratedAt => _index.GeneratedAt;

        public override double AverageChunkLength => _index.AverageChunkLength;

        public override bool HasContent => _index.Content is not null;

        public override IReadOnlyList<SearchIndexDocument> Documents => _index.Documents;

        public override int ChunkCount => _index.Chunks.Count;

        public override int TermCount => _index.Terms.Count;

        public override IEnumerable<SearchIndexChunk> Chunks() => _index.Chunks;

        public override bool HasCanonicalChunkIds()
        {
            for (var c = 0; c < _index.Chunks.Count; c++)
            {
                if (_index.Chunks[c].Id != "chunk-" + c.ToString(CultureInfo.InvariantCulture))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool HasAscendingPostings()
        {
            foreach (var term in _index.Terms)
            {
                for (var i = 1; i < term.Postings.Count; i++)
                {
                    if (term.Postings[i].ChunkIndex < term.Postings[i - 1].ChunkIndex)
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        public override string Term(int rank) => _index.Terms[rank].Term;

        public override void WritePostings(int rank, List<byte> output, bool ascending)
        {
            var postings = _index.Terms[rank].Postings;
            VarInt.Write(output, (uint)postings.Count);
            var previous = 0;
            foreach (var posting in postings)
            {
                WritePosting(output, ascending ? posting.ChunkIndex - previous : posting.ChunkIndex, posting.Title, posting.Heading, posting.Body, posting.Code);
                previous = posting.ChunkIndex;
            }
        }

        public override (bool IsSuffix, string Text) StoredText(int chunk)
        {
            var record = _index.Chunks[chunk];
            var text = _index.ChunkText(chunk);
            var suffix = StoredSuffix(text, _index.Documents[record.DocumentIndex], record.HeadingPath);
            return suffix is null ? (false, text) : (true, suffix);
        }
    }

    /// <summary>
    /// A merged site index: chunk ids are canonical and postings ascend by construction, and each chunk's text
    /// is by construction its prefix plus its prepared part, so the part is what is stored.
    /// </summary>
    private sealed class CompactSource : BinarySource
    {
        private readonly CompactSearchIndex _index;
        private readonly List<PreparedSearchChunk> _chunks;

        public CompactSource(CompactSearchIndex index)
        {
            _index = index;
            _chunks = new List<PreparedSearchChunk>(index.ChunkCount);
            foreach (var page in index.Pages)
            {
                foreach (var chunk in page.Chunks)
                {
                    _chunks.Add(chunk);
                }
            }
        }

        public override string GeneratedAt => _index.GeneratedAt;

        public override double AverageChunkLength => _index.AverageChunkLength;

        public override bool HasContent => true;

        // A site index is written by the CLI, never by the source generator.
        public override bool CompressInParallel => true;

        public override IReadOnlyList<SearchIndexDocument> Documents => _index.Documents;

        public override int ChunkCount => _chunks.Count;

        public override int TermCount => _index.TermCount;

        public override IEnumerable<SearchIndexChunk> Chunks()
        {
            var c = 0;
            for (var documentIndex = 0; documentIndex < _index.Pages.Count; documentIndex++)
            {
                foreach (var chunk in _index.Pages[documentIndex].Chunks)
                {
                    yield return new SearchIndexChunk(string.Empty, documentIndex, chunk.Anchor, chunk.HeadingPath, chunk.Length, c++);
                }
            }
        }

        public override bool HasCanonicalChunkIds() => true;

        public override bool HasAscendingPostings() => true;

        public override string Term(int rank) => _index.TermAt(rank);

        public override void WritePostings(int rank, List<byte> output, bool ascending)
        {
            // Stored per term as LEB128: the chunk as a delta from the term's previous posting (from 0 for the
            // first), then the four counts — the binary form's deltas exactly, so they are copied as read.
            var postings = _index.PostingsAt(rank);
            var count = 0;
            var position = 0;
            while (position < postings.Length)
            {
                for (var field = 0; field < 5; field++)
                {
                    VarInt.Read(postings, ref position);
                }

                count++;
            }

            VarInt.Write(output, (uint)count);
            position = 0;
            while (position < postings.Length)
            {
                var delta = (int)VarInt.Read(postings, ref position);
                var title = (int)VarInt.Read(postings, ref position);
                var heading = (int)VarInt.Read(postings, ref position);
                var body = (int)VarInt.Read(postings, ref position);
                var code = (int)VarInt.Read(postings, ref position);
                WritePosting(output, delta, title, heading, body, code);
            }
        }

        public override (bool IsSuffix, string Text) StoredText(int chunk) => (true, _chunks[chunk].Part);
    }
}
