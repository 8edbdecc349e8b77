using System;
using Leadtype.Config;

namespace Leadtype.Tests.Shared;

/// <summary>Reads an inline leadtype.json through the real config reader; fails the test on config errors.</summary>
internal static class TestConfig
{
    public static DocsConfig Read(string json)
    {
        var result = DocsConfigReader.Read("leadtype.json", json);
        return result.Config ?? throw new InvalidOperationException("Test config is invalid:\n" + string.Join("\n", result.Diagnostics));
    }
}
