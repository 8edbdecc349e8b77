using System;
using System.Buffers.Binary;
using System.Linq;
using System.Threading.Tasks;
using CsCheck;
using Leadtype.Search;
using static Leadtype.Core.Tests.Search.SearchTestIndex;

namespace Leadtype.Core.Tests.Search;

/// <summary>Damaged indexes fail loudly with <see cref="SearchIndexFormatException"/>; no query text makes the engine throw.</summary>
public sealed class RobustnessTests
{
    private static readonly byte[] Binary = SearchIndexBinaryWriter.Write(Build(
        Page("guides/install", "Install", "# Install\n\nRun `npm install acme`.\n\n## Verify\n\nCheck the version — done.\n\n```bash\nacme --version\n```", "Get Acme running."),
        Page("reference/api", "API reference", "### Deep\n\nSkipped levels. Café, naïve, 快速开始 and 🎉.\n\n## Sub\n\nMore text about configuration and search."),
        Page("changelog/v1", "Version 1", string.Join(" ", Enumerable.Repeat("Initial release notes with many words.", 80)))));

    private static readonly SearchEngine Engine = new(BinarySearchIndex.Load(Binary));

    private static readonly string[] Queries = { "install", "acme version", "instal", "instlal", "configuration search", "cafe", "release notes", "deep sub" };

    [Fact]
    public void Truncated_binary_index_is_a_format_error()
    {
        Gen.Int[0, Binary.Length - 1].Sample(length =>
        {
            var truncated = Binary.AsMemory(0, length);
            Assert.Throws<SearchIndexFormatException>(() => BinarySearchIndex.Load(truncated));
        }, iter: 2000);
    }

    [Fact]
    public void Any_changed_byte_is_a_format_error()
    {
        Gen.Select(Gen.Int[0, Binary.Length - 1], Gen.Byte[1, 255]).Sample((position, delta) =>
        {
            var damaged = (byte[])Binary.Clone();
            damaged[position] = unchecked((byte)(damaged[position] + delta));
            Assert.Throws<SearchIndexFormatException>(() => BinarySearchIndex.Load(damaged));
        }, iter: 3000);
    }

    [Fact]
    public void Damage_behind_a_recomputed_checksum_never_escapes_as_another_exception()
    {
        // A crafted file whose checksum is valid: the structural checks and the bounds-checked decoding must
        // turn every inconsistency into a SearchIndexFormatException, at load or at query time, and never hang.
        Gen.Select(Gen.Int[24, Binary.Length - 1], Gen.Byte, Gen.Int[0, 3]).Sample((position, value, extra) =>
        {
            var damaged = (byte[])Binary.Clone();
            damaged[position] = value;
            if (extra > 0 && position + extra < damaged.Length)
            {
                damaged[position + extra] ^= 0x5A;
            }

            BinaryPrimitives.WriteUInt64LittleEndian(damaged.AsSpan(16), XxHash64.Hash(damaged.AsSpan(24)));
            var run = Task.Run(() =>
            {
                try
                {
                    var engine = new SearchEngine(BinarySearchIndex.Load(damaged));
                    foreach (var query in Queries)
                    {
                        foreach (var result in engine.Search(query, 5))
                        {
                            Assert.NotNull(result.Excerpt);
                        }
                    }

                    engine.Index.ToSearchIndex();
                }
                catch (SearchIndexFormatException)
                {
                }
            });
            Assert.True(run.Wait(TimeSpan.FromSeconds(10)), "a query on a damaged index did not finish");
            if (run.IsFaulted)
            {
                throw run.Exception!.InnerException!;
            }
        }, iter: 1500, threads: 1);
    }

    [Fact]
    public void Empty_or_foreign_data_is_a_format_error_with_a_clear_message()
    {
        var empty = Assert.Throws<SearchIndexFormatException>(() => BinarySearchIndex.Load(Array.Empty<byte>()));
        Assert.Contains("shorter than", empty.Message);
        var foreign = Assert.Throws<SearchIndexFormatException>(() => BinarySearchIndex.Load(new byte[100]));
        Assert.Contains("LTSX", foreign.Message);
        var future = (byte[])Binary.Clone();
        future[4] = 99;
        Assert.Contains("version 99", Assert.Throws<SearchIndexFormatException>(() => BinarySearchIndex.Load(future)).Message);
    }

    [Fact]
    public void Any_query_string_returns_without_throwing()
    {
        Gen.String.Sample(query =>
        {
            var results = Engine.Search(query);
            Assert.True(results.Count <= SearchEngine.DefaultLimit);
        }, iter: 5000);
    }

    [Fact]
    public void Any_unicode_query_including_lone_surrogates_returns_without_throwing()
    {
        var chars = Gen.OneOf(Gen.Char, Gen.Char['\ud800', '\udfff'], Gen.Char['a', 'z'], Gen.Const(' '), Gen.Const('Σ'), Gen.Char['\u0300', '\u036f']);
        chars.Array[0, 40].Select(a => new string(a)).Sample(query =>
        {
            _ = Engine.Search(query, 3);
            _ = SearchTokenizer.Tokenize(query);
        }, iter: 5000);
    }

    [Fact]
    public void Concurrent_queries_give_the_same_results_as_sequential_ones()
    {
        var expected = Queries.Select(q => Engine.Search(q)).ToArray();

        Parallel.For(0, 400, i =>
        {
            var q = i % Queries.Length;
            var actual = Engine.Search(Queries[q]);
            Assert.Equal(expected[q].Select(r => (r.Id, r.Score, r.Excerpt)), actual.Select(r => (r.Id, r.Score, r.Excerpt)));
        });
    }
}
