using System;
using System.IO.Hashing;
using CsCheck;
using Leadtype.Output;

namespace Leadtype.Runtime.Tests.Output;

/// <summary>
/// A file's stamp hash is XXH64 of its bytes, however they were written: whole, or streamed in pieces of any
/// size (single bytes, pieces across the 32-byte stripes, large blocks).
/// </summary>
public sealed class ContentHashTests
{
    private static readonly Gen<int> Length = Gen.OneOf(Gen.Int[0, 100], Gen.Int[0, 70_000]);

    [Fact]
    public void The_hash_of_whole_content_is_xxh64()
    {
        Length.Sample(length =>
        {
            var content = new byte[length];
            new Random(length).NextBytes(content);
            Assert.Equal(XxHash64.HashToUInt64(content), ContentHash.Of(content));
        }, iter: 300);
    }

    [Fact]
    public void Streaming_in_any_pieces_gives_the_hash_of_the_whole_content()
    {
        Gen.Select(Length, Gen.Int[1, 70_000].Array[1, 8], Gen.Int).Sample((length, pieces, seed) =>
        {
            var content = new byte[length];
            new Random(seed).NextBytes(content);
            var builder = new Leadtype.Search.XxHash64.Builder();
            var at = 0;
            for (var i = 0; at < length; i++)
            {
                var take = Math.Min(pieces[i % pieces.Length] % (i % 3 == 0 ? 40 : 70_000) + 1, length - at);
                builder.Append(content.AsSpan(at, take));
                at += take;
            }

            Assert.Equal(XxHash64.HashToUInt64(content), builder.Hash);
            Assert.Equal(builder.Hash, builder.Hash);
            Assert.Equal(length, builder.Length);
        }, iter: 300);
    }
}
