using System;

namespace Leadtype.Output;

/// <summary>
/// The 64-bit hash written files and cache sections are stamped with: Core's XXH64 (<see cref="Search.XxHash64"/>,
/// seed 0), whole (streamed writes use <see cref="Search.XxHash64.Builder"/>).
/// </summary>
public static class ContentHash
{
    public static ulong Of(ReadOnlySpan<byte> content) => Search.XxHash64.Hash(content);
}
