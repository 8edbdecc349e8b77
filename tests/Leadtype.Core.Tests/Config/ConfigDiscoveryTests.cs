using System.Collections.Generic;
using System.Linq;
using Leadtype.Config;

namespace Leadtype.Core.Tests.Config;

public class ConfigDiscoveryTests
{
    private static ConfigDiscoveryResult Find(string? option, params string[] existing)
    {
        var files = new HashSet<string>(existing);
        return ConfigDiscovery.Find(option, "/repo", "/repo/docs", files.Contains);
    }

    [Fact]
    public void Config_option_wins_when_the_file_exists()
    {
        var result = Find("/elsewhere/site.json", "/elsewhere/site.json", "/repo/leadtype.json");
        Assert.Equal("/elsewhere/site.json", result.Path);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Config_option_naming_a_missing_file_is_an_error()
    {
        var result = Find("missing.json", "/repo/leadtype.json");
        Assert.Null(result.Path);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("missing.json: error LT0100: The config file given with --config does not exist", error.ToCompilerString());
    }

    [Fact]
    public void Project_root_config_wins_over_the_docs_folder()
    {
        Assert.Equal("/repo/leadtype.json", Find(null, "/repo/leadtype.json", "/repo/docs/leadtype.json").Path);
    }

    [Fact]
    public void Docs_folder_config_is_found_next()
    {
        Assert.Equal("/repo/docs/leadtype.json", Find(null, "/repo/docs/leadtype.json").Path);
    }

    [Fact]
    public void No_config_is_fine()
    {
        var result = Find(null);
        Assert.Null(result.Path);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void An_unreadable_typescript_config_is_reported_instead_of_silently_ignored()
    {
        var result = Find(null, "/repo/docs/docs.config.ts", "/repo/leadtype.config.mjs");
        Assert.Null(result.Path);
        Assert.False(result.HasErrors);
        Assert.Equal(new[] { "/repo/leadtype.config.mjs", "/repo/docs/docs.config.ts" }, result.Diagnostics.Select(d => d.FilePath));
        Assert.All(result.Diagnostics, d => Assert.Equal("LT0101", d.Id));
        Assert.StartsWith("`docs.config.ts` is not supported by Leadtype for .NET yet and is ignored; Leadtype for .NET reads `leadtype.json`", result.Diagnostics[1].Message);
    }

    [Fact]
    public void Leadtype_corpus_finds_its_config_in_the_docs_folder()
    {
        var docs = LeadtypeCorpus.DocsDirectory;
        var result = ConfigDiscovery.Find(null, System.IO.Path.Combine(docs, ".."), docs, System.IO.File.Exists);
        Assert.Empty(result.Diagnostics);
        Assert.EndsWith("/docs/leadtype.json", result.Path!.Replace('\\', '/'));
        Assert.True(System.IO.File.Exists(result.Path));
    }
}

public class ConfigPathResolverTests
{
    private readonly ConfigPathResolver _resolver = new("/repo/docs", "/repo", "/repo/content");

    [Theory]
    [InlineData("templates/llms.scriban", ConfigPathBase.ConfigDirectory, "/repo/docs/templates/llms.scriban")]
    [InlineData("./templates/../t/llms.scriban", ConfigPathBase.ConfigDirectory, "/repo/docs/t/llms.scriban")]
    [InlineData("skills/setup.md", ConfigPathBase.SourceDirectory, "/repo/skills/setup.md")]
    [InlineData("paths.lock.json", ConfigPathBase.DocsDirectory, "/repo/content/paths.lock.json")]
    [InlineData("../shared/x.md", ConfigPathBase.SourceDirectory, "/shared/x.md")]
    [InlineData("/abs/file.md", ConfigPathBase.ConfigDirectory, "/abs/file.md")]
    [InlineData("C:\\abs\\file.md", ConfigPathBase.ConfigDirectory, "C:/abs/file.md")]
    [InlineData("sub\\file.md", ConfigPathBase.SourceDirectory, "/repo/sub/file.md")]
    public void Relative_paths_resolve_against_their_base_directory(string value, ConfigPathBase @base, string expected)
    {
        Assert.Equal(expected, _resolver.Resolve(new ConfigRelativePath(value, @base)));
    }

    [Theory]
    [InlineData("C:\\repo\\docs", "t.scriban", "C:/repo/docs/t.scriban")]
    [InlineData("C:\\repo\\docs\\", "..\\..\\..\\t.scriban", "C:/t.scriban")]
    [InlineData("\\\\server\\share\\docs", "t.scriban", "//server/share/docs/t.scriban")]
    [InlineData("\\\\server\\share", "t.scriban", "//server/share/t.scriban")]
    [InlineData("/", "a/./b", "/a/b")]
    public void Windows_and_unc_bases_are_combined_without_touching_the_disk(string @base, string relative, string expected)
    {
        Assert.Equal(expected, ConfigPathResolver.Combine(@base, relative));
    }
}
