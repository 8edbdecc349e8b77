using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Leadtype.Integration.Tests.Infrastructure;

namespace Leadtype.Integration.Tests;

[Collection(DotnetCollection.Name)]
public sealed class PackageLayoutTests(PackedFeed feed)
{
    [Fact]
    public void Leadtype_package_holds_runtime_generator_build_files_and_tool_at_their_documented_paths()
    {
        feed.AssertPacked();
        var entries = Entries(feed.LeadtypePackage);

        foreach (var tfm in new[] { "net8.0", "net10.0" })
        {
            Assert.Contains("lib/" + tfm + "/Leadtype.Runtime.dll", entries);
            Assert.Contains("lib/" + tfm + "/Leadtype.Core.dll", entries);
            Assert.Contains("tools/" + tfm + "/leadtype.dll", entries);
            Assert.Contains("tools/" + tfm + "/leadtype.runtimeconfig.json", entries);
            Assert.Contains("tools/" + tfm + "/leadtype.deps.json", entries);
            Assert.Contains("tools/" + tfm + "/System.CommandLine.dll", entries);
            Assert.Contains("tools/" + tfm + "/Markdig.dll", entries);
            // Framework-dependent: no native app host.
            Assert.DoesNotContain("tools/" + tfm + "/leadtype", entries);
        }

        // The linux-x64 copy the targets prefer there: the same files, precompiled (ReadyToRun), no app host.
        const string ReadyToRun = "tools/net10.0-linux-x64/";
        Assert.Equal(
            entries.Where(e => e.StartsWith("tools/net10.0/", System.StringComparison.Ordinal)).Select(e => e.Substring("tools/net10.0/".Length)).Where(e => !e.EndsWith(".pdb", System.StringComparison.Ordinal)).OrderBy(e => e, System.StringComparer.Ordinal).ToArray(),
            entries.Where(e => e.StartsWith(ReadyToRun, System.StringComparison.Ordinal)).Select(e => e.Substring(ReadyToRun.Length)).Where(e => !e.EndsWith(".pdb", System.StringComparison.Ordinal)).OrderBy(e => e, System.StringComparer.Ordinal).ToArray());
        using (var archive = ZipFile.OpenRead(feed.LeadtypePackage))
        {
            foreach (var assembly in new[] { "leadtype.dll", "Leadtype.Core.dll", "Leadtype.Runtime.dll", "Markdig.dll", "YamlDotNet.dll", "Scriban.Signed.dll", "System.CommandLine.dll" })
            {
                Assert.True(IsReadyToRun(archive, ReadyToRun + assembly), ReadyToRun + assembly + " holds no precompiled code");
                Assert.False(IsReadyToRun(archive, "tools/net10.0/" + assembly), "tools/net10.0/" + assembly + " should be the portable IL build");
            }
        }

        // The Native AOT tool the targets run on linux-x64: one executable (packed wherever the package is built on
        // linux-x64 with clang, as in CI), without its debug symbols.
        if (System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier == "linux-x64")
        {
            Assert.Equal(new[] { "tools/linux-x64/leadtype" }, entries.Where(e => e.StartsWith("tools/linux-x64/", System.StringComparison.Ordinal)).ToArray());
            using var archive = ZipFile.OpenRead(feed.LeadtypePackage);
            using var native = archive.GetEntry("tools/linux-x64/leadtype")!.Open();
            var magic = new byte[4];
            native.ReadExactly(magic);
            Assert.Equal(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }, magic);
        }

        Assert.Equal(
            new[] { "Leadtype.Core.dll", "Leadtype.Generators.dll", "Markdig.dll", "YamlDotNet.dll" },
            entries.Where(e => e.StartsWith("analyzers/", System.StringComparison.Ordinal)).Select(Path.GetFileName).OrderBy(n => n, System.StringComparer.Ordinal).ToArray());
        Assert.All(entries.Where(e => e.StartsWith("analyzers/", System.StringComparison.Ordinal)), e => Assert.StartsWith("analyzers/dotnet/roslyn4.8/cs/", e));
        Assert.Contains("build/Leadtype.props", entries);
        Assert.Contains("build/Leadtype.targets", entries);
        Assert.Contains("buildMultiTargeting/Leadtype.props", entries);
        Assert.Contains("buildMultiTargeting/Leadtype.targets", entries);
        Assert.Contains("README.md", entries);
    }

    // A ReadyToRun image has a managed native header in its CLI header; an IL-only assembly has none.
    private static bool IsReadyToRun(ZipArchive archive, string entry)
    {
        using var stream = new MemoryStream();
        using (var source = archive.GetEntry(entry)!.Open())
        {
            source.CopyTo(stream);
        }

        stream.Position = 0;
        using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
        return reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    [Fact]
    public void Both_packages_share_the_version_and_carry_licence_readme_and_runtime_dependencies()
    {
        feed.AssertPacked();
        var leadtype = Nuspec(feed.LeadtypePackage);
        var cli = Nuspec(feed.CliPackage);
        XNamespace ns = leadtype.Root!.Name.Namespace;

        Assert.Equal(feed.Version, leadtype.Descendants(ns + "version").Single().Value);
        Assert.Equal(feed.Version, cli.Descendants(cli.Root!.Name.Namespace + "version").Single().Value);
        Assert.Equal("MIT", leadtype.Descendants(ns + "license").Single().Value);
        Assert.Equal("README.md", leadtype.Descendants(ns + "readme").Single().Value);
        Assert.Equal("README.md", cli.Descendants(cli.Root!.Name.Namespace + "readme").Single().Value);

        // Core is inside the package, so its dependencies (Markdig, YamlDotNet) and the runtime's become
        // package dependencies; the repository's own projects never do.
        var dependencies = leadtype.Descendants(ns + "dependency").Select(d => (string)d.Attribute("id")!).Distinct().OrderBy(d => d, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "Markdig", "Scriban.Signed", "System.IO.Hashing", "System.ServiceModel.Syndication", "YamlDotNet" }, dependencies);
        Assert.Equal(new[] { "net10.0", "net8.0" }, leadtype.Descendants(ns + "group").Select(g => (string)g.Attribute("targetFramework")!).OrderBy(t => t, System.StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Cli_package_is_a_dotnet_tool_for_net8_and_net10()
    {
        feed.AssertPacked();
        var entries = Entries(feed.CliPackage);
        Assert.Contains("tools/net8.0/any/DotnetToolSettings.xml", entries);
        Assert.Contains("tools/net10.0/any/DotnetToolSettings.xml", entries);
        Assert.Contains("tools/net10.0/any/leadtype.dll", entries);
        using var archive = ZipFile.OpenRead(feed.CliPackage);
        using var settings = new StreamReader(archive.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open());
        Assert.Contains("<Command Name=\"leadtype\" EntryPoint=\"leadtype.dll\" Runner=\"dotnet\" />", settings.ReadToEnd());
    }

    internal static string[] Entries(string package)
    {
        using var archive = ZipFile.OpenRead(package);
        return archive.Entries.Select(e => e.FullName).ToArray();
    }

    private static XDocument Nuspec(string package)
    {
        using var archive = ZipFile.OpenRead(package);
        var entry = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", System.StringComparison.Ordinal));
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }
}
