using Leadtype.Generators.Tests.Infrastructure;

namespace Leadtype.Generators.Tests;

public sealed class SnapshotTests
{
    [Fact]
    public void Manifest_source_for_the_sample_docs_matches_the_verified_snapshot()
    {
        var run = GeneratorHarness.Run(SampleDocs.Create());

        Snapshot.Match("SampleDocs.Manifest", run.Source("Docs.g.cs"));
    }
}
