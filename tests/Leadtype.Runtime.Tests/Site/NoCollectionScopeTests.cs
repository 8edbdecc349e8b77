using System;
using System.Runtime;
using Leadtype.Site;

namespace Leadtype.Runtime.Tests.Site;

/// <summary>Holding collections off around the cache load is best effort: it never throws and never stays on.</summary>
[Collection(NoParallelGc.Name)]
public sealed class NoCollectionScopeTests
{
    [Fact]
    public void A_scope_ends_its_region_and_a_second_scope_inside_it_does_nothing()
    {
        using (var outer = NoCollectionScope.Begin(32L << 20))
        {
            using (NoCollectionScope.Begin(32L << 20))
            {
                _ = new byte[1024];
            }
        }

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_region_outgrown_by_the_load_or_too_small_to_bother_leaves_collections_on()
    {
        using (NoCollectionScope.Begin(1024))
        {
            Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }

        using (NoCollectionScope.Begin(16L << 20))
        {
            for (var i = 0; i < 64; i++)
            {
                GC.KeepAlive(new byte[1 << 20]);
            }
        }

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        using (NoCollectionScope.Begin(long.MaxValue))
        {
        }

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NoParallelGc
{
    public const string Name = "GC latency mode";
}
