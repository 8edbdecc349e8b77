using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Leadtype.Integration.Tests.Infrastructure;

/// <summary>
/// A fresh project in a temp folder that references the packed Leadtype package from the run's feed
/// (plus the machine's usual NuGet sources for Markdig and the other dependencies).
/// </summary>
public sealed class ConsumerProject
{
    private readonly PackedFeed _feed;

    internal ConsumerProject(PackedFeed feed, string directory, string name)
    {
        _feed = feed;
        Directory = directory;
        Name = name;
        System.IO.Directory.CreateDirectory(directory);
        // No <clear/>: the user and machine NuGet.Config sources still apply; the feed is added to them.
        File.WriteAllText(Path.Combine(directory, "NuGet.config"),
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <add key=\"leadtype-test-feed\" value=\"" + feed.Feed + "\" />\n  </packageSources>\n</configuration>\n");
    }

    public string Directory { get; }

    public string Name { get; }

    public string ProjectFile => Path.Combine(Directory, Name + ".csproj");

    public ConsumerProject WithProject(string targetFrameworks, string sdk = "Microsoft.NET.Sdk", string outputType = "Exe", string extraProperties = "")
    {
        var frameworks = targetFrameworks.Contains(';', StringComparison.Ordinal)
            ? "<TargetFrameworks>" + targetFrameworks + "</TargetFrameworks>"
            : "<TargetFramework>" + targetFrameworks + "</TargetFramework>";
        File.WriteAllText(ProjectFile, $"""
            <Project Sdk="{sdk}">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                {frameworks}
                <RootNamespace>{Name}</RootNamespace>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <WarningsAsErrors>$(WarningsAsErrors);CS8784;CS8785;CS9057</WarningsAsErrors>
                <UseSharedCompilation>false</UseSharedCompilation>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Leadtype" Version="{_feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        return this;
    }

    public ConsumerProject WithFile(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.Replace("\r\n", "\n", StringComparison.Ordinal));
        return this;
    }

    public void Delete(string relativePath) => File.Delete(Path.Combine(Directory, relativePath));

    public string PathOf(params string[] parts) => Path.Combine(Directory, Path.Combine(parts));

    public DotnetResult Dotnet(string arguments) => _feed.Dotnet(Directory, arguments);

    /// <summary><c>dotnet build</c> with normal verbosity, so skipped targets are reported.</summary>
    public DotnetResult Build(string extra = "") => Dotnet("build -v:n -nodeReuse:false -p:UseSharedCompilation=false " + extra);

    /// <summary>Every file under <paramref name="folder"/>, relative, with <c>/</c> separators, sorted.</summary>
    public IReadOnlyList<string> FilesUnder(string folder)
    {
        var root = Path.Combine(Directory, folder);
        if (!System.IO.Directory.Exists(root))
        {
            return Array.Empty<string>();
        }

        return System.IO.Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
            .OrderBy(file => file, StringComparer.Ordinal)
            .ToArray();
    }
}
