using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Leadtype.Integration.Tests.Infrastructure;

/// <summary>
/// Packs Leadtype and Leadtype.Cli once per test run, at a version no earlier run used, into a folder
/// feed; consumers restore into a NuGet packages folder of their own. So a package left in a cache, or
/// a compiler server holding an older generator, can never decide a test.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    public PackedFeed()
    {
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + System.Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        Root = Path.Combine(Path.GetTempPath(), "leadtype-it-" + Guid.NewGuid().ToString("N").Substring(0, 12));
        Feed = Path.Combine(Root, "feed");
        PackagesFolder = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(PackagesFolder);

        Pack = DotnetRun.Run(
            RepositoryRoot.Path,
            "pack src/Leadtype.Package/Leadtype.Package.csproj -c Release -o \"" + Feed + "\" -p:Version=" + Version + " -p:UseSharedCompilation=false -nodeReuse:false",
            timeout: TimeSpan.FromMinutes(15));
    }

    public string Version { get; }

    /// <summary>Temp folder of this run: the feed, the packages folder and every consumer.</summary>
    public string Root { get; }

    public string Feed { get; }

    public string PackagesFolder { get; }

    public DotnetResult Pack { get; }

    public string LeadtypePackage => Path.Combine(Feed, "Leadtype." + Version + ".nupkg");

    public string CliPackage => Path.Combine(Feed, "Leadtype.Cli." + Version + ".nupkg");

    /// <summary>The environment consumer builds run with: the isolated packages folder.</summary>
    public IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?>
    {
        ["NUGET_PACKAGES"] = PackagesFolder,
        ["SOURCE_DATE_EPOCH"] = null,
    };

    /// <summary>Fails the calling test with the pack log when packing failed.</summary>
    public void AssertPacked()
    {
        Pack.AssertSuccess();
        Assert.True(File.Exists(LeadtypePackage), "missing " + LeadtypePackage + "\n" + Pack.Output);
        Assert.True(File.Exists(CliPackage), "missing " + CliPackage + "\n" + Pack.Output);
    }

    public ConsumerProject NewConsumer(string name) => new(this, Path.Combine(Root, "consumers", name), name);

    public DotnetResult Dotnet(string workingDirectory, string arguments) => DotnetRun.Run(workingDirectory, arguments, Environment);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A process that is still closing may hold a file; the temp folder is cleaned by the OS later.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DotnetCollection : ICollectionFixture<PackedFeed>
{
    /// <summary>Every test that starts dotnet processes: one at a time (2 shared cores), one pack.</summary>
    public const string Name = "dotnet processes";
}
